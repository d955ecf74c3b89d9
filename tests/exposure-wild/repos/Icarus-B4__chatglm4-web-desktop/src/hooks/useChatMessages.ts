import { useState, useCallback } from 'react';
import { Message, CodeArtifact, ToolCall, ToolCallResult } from '../types/chat';
import { generateCodeWithClaude, extractCodeArtifactsFromClaude } from '../services/claudeCodeService';
import { API_CONFIG } from '../config/api';
export const useChatMessages = () => {
            content: `/** @type {import('tailwindcss').Config} */
import { Inter } from 'next/font/google'
export const metadata = {
export default function RootLayout({
import { useState } from 'react'
import { Upload, Camera, X, Download } from 'lucide-react'
export default function Home() {
          thinking: "Der Benutzer hat nach Code gefragt. Ich erstelle Demo-Code-Artifacts mit HTML und JavaScript, um die Funktionalität zu demonstrieren. Die HTML-Datei zeigt eine schöne Webseite, die JavaScript-Datei enthält eine Demo-Klasse mit ChatGLM-Features.",
      console.error('ChatGLM API Fehler:', error);
          errorMessage = 'Verbindungsfehler: Kann GLM-4 API nicht erreichen. Prüfe deine Internetverbindung.';
