import { CodeArtifact } from '../types/chat';
export async function handleToolCalls(toolCalls: ToolCall[]): Promise<ToolResult[]> {
