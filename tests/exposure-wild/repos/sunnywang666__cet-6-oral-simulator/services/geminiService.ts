import { GoogleGenerativeAI } from '@google/generative-ai';
import { ExamMode, RealExamTopic, Part2Data, Part3Data, ExamResult, Message, PracticePart } from '../types';
    const apiKey = import.meta.env.VITE_GEMINI_API_KEY || import.meta.env.GEMINI_API_KEY;
export const REAL_EXAM_TOPICS: RealExamTopic[] = [
export class GeminiService {
