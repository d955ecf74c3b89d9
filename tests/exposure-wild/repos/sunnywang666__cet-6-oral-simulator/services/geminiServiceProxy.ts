import { ExamMode, RealExamTopic, Part2Data, Part3Data, ExamResult, Message, PracticePart } from '../types';
const PROXY_BASE_URL = import.meta.env.VITE_PROXY_URL || '/api';
export const REAL_EXAM_TOPICS: RealExamTopic[] = [
export class GeminiService {
