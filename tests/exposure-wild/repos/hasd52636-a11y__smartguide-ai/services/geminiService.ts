import { GoogleGenAI, Type } from "@google/genai";
import { Language } from '../types.ts';
const ai = new GoogleGenAI({ apiKey: process.env.API_KEY });
export const analyzeInstallationState = async (
export const chatWithAssistant = async (
