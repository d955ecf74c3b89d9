"use client"
import { GoogleGenerativeAI } from "@google/generative-ai";
const genAI = new GoogleGenerativeAI(process.env.NEXT_PUBLIC_GEMINI_API_KEY || '');
export async function extractTextFromImage(imageData: string) {
export const extractTextWithGemini = extractTextFromImage;
export async function translateText(text: string, targetLang: string) {
export async function improveText(text: string, targetLang: string) {
