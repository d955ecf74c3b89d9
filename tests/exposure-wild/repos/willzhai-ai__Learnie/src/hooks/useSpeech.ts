"use client";
import { useCallback, useEffect, useRef, useState } from "react";
export interface SpeechRecognitionOptions {
export interface UseSpeechResult {
export function useSpeech(options: SpeechRecognitionOptions = {}): UseSpeechResult {
export function calculateSpeechScore(
  const levenshtein = require("levenshtein");
export function useSpeechWithScoring(
export interface UseSpeechWithScoringResult extends UseSpeechResult {
