import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Play, BookOpen, ChevronRight, CheckCircle, XCircle, ChevronDown, ChevronUp, ExternalLink } from 'lucide-react';
import { quizQuestions, type Company, type Course, type QuizQuestion } from '../data/mockData';
import { fetchCompaniesWithCourses } from '../services/catalogService';
import JobLibrary from '../components/JobLibrary';
import TrainingChat from '../components/TrainingChat';
import { SkeletonTrainingList, SkeletonJobLibrary } from '../components/Skeleton';
export default Training;
