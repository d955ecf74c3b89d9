import type { McpInlineServerConfig, McpTool, McpToolResult, McpInlineExecutionContext } from "./types"
import { externalApiService } from "../externalApiService"
export const BUILTIN_TOOLS: McpTool[] = [
export const INLINE_SERVER_CONFIG: McpInlineServerConfig = {
export function getBuiltinTools(): McpTool[] {
export function getTool(name: string): McpTool | undefined {
export function getToolNames(): string[] {
