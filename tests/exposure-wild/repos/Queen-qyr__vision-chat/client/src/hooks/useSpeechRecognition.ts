import { useCallback, useEffect, useRef, useState } from 'react';
export interface SpeechRecognitionResult {
export function useSpeechRecognition(options: UseSpeechRecognitionOptions = {}) {
export function speakLocal(text: string, lang = 'zh-CN'): Promise<void> {
export async function speakCloud(text: string): Promise<void> {
export function stopSpeaking() {
