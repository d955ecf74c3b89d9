 * 使用 Web Speech API (实时检测) + FunASR (最终识别) + 智谱 GLM-4 (智能判题)
import { useState, useRef, useCallback, useEffect } from "react";
export interface SpeechEvaluationResult {
export interface UseOpenAISpeechOptions {
export interface UseOpenAISpeechResult {
  const levenshtein = require("levenshtein");
export function useSpeechWithOpenAI({
