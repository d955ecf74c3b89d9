import { API_CONFIG } from '../config/api';
import { CodeArtifact } from '../types/chat';
export async function generateCodeWithClaude(prompt: string, conversationHistory: any[] = []): Promise<CodeGenerationResult> {
- Für einfache Webseiten/HTML: Erstelle eine EINZELNE HTML-Datei mit inline CSS im <style> Tag und inline JavaScript im <script> Tag - KEINE externen Dateien!
export function extractCodeArtifactsFromClaude(messages: any[]): CodeArtifact[] {
