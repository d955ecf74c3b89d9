import { create } from 'zustand'
export interface ToolResult {
export function generateResultKey(toolName: string, params: Record<string, any>): string {
export const useToolResultStore = create<ToolResultState>((set, get) => ({
export function useToolCall<T = any>(
