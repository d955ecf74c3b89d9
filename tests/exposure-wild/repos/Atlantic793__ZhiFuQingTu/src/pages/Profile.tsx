import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import {
} from 'lucide-react';
import { useAuthStore } from '../store/authStore';
import { formatGithubDisplay, uploadAvatar } from '../services/profileService';
import { fetchSubjectTiers } from '../services/portraitService';
import type { SubjectTier } from '../types/portrait';
import PortraitEditor from '../components/PortraitEditor';
import { fetchCourseById } from '../services/catalogService';
import { fetchMyFavoriteCourseIds, fetchMyReviews } from '../services/ratingService';
import type { Course, CourseReview } from '../types/catalog';
export default Profile;
