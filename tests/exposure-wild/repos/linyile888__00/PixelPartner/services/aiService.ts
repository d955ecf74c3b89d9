import { GoogleGenAI, Type } from "@google/genai";
import { UserProfile, Soulmate } from "../types";
const ai = new GoogleGenAI({ apiKey: process.env.API_KEY || "" });
export const generateSoulmate = async (profile: UserProfile): Promise<Soulmate> => {
export const getAiResponse = async (soulmate: Soulmate, userMessage: string, profile: UserProfile): Promise<string> => {
