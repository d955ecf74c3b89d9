import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
} from 'lucide-react';
import {
} from '../services/catalogService';
import {
} from '../services/ratingService';
import { useAuthStore } from '../store/authStore';
import type { CatalogTopic, Course, CourseReview, Subject } from '../types/catalog';
import { subjectIconMap } from '../utils/subjectIcons';
import { normalizeCoverUrl } from '../utils/media';
import CourseChat from '../components/CourseChat';
import DraggableCard from '../components/DraggableCard';
import {
} from '../components/Skeleton';
export function RatingRankingsPage() {
export default Rating;
