import { GoogleGenAI } from "@google/genai";
import { AIProcessResult } from '../types';
const apiKey = process.env.API_KEY || '';
export const generateExcelFormula = async (description: string): Promise<string> => {
    const model = process.env.GEMINI_MODEL || 'gemini-2.5-flash';
export const chatWithKnowledgeBase = async (
    const model = process.env.GEMINI_MODEL || 'gemini-2.5-flash';
export const generateDataProcessingCode = async (
    const model = process.env.GEMINI_MODEL || 'gemini-2.5-flash';
