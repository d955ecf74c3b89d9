import type {
} from "./types"
import {
} from "./McpProtocol"
        if (import.meta.env.DEV) console.error("[McpClient] Event handler error:", error)
    if (import.meta.env.DEV) console.log(`[McpClient] Connecting to stdio server: ${name}`)
    if (import.meta.env.DEV) console.log(`[McpClient] Connecting to HTTP server: ${name} at ${url}`)
      if (import.meta.env.DEV) console.log(`[McpClient] Connected to ${name}`)
        if (import.meta.env.DEV) console.warn("[McpClient] Invalid response received:", event.data)
      if (import.meta.env.DEV) console.error(`[McpClient] WebSocket error for ${name}:`, error)
      if (import.meta.env.DEV) console.log(`[McpClient] Disconnected from ${name}`)
    if (import.meta.env.DEV) console.log(`[McpClient] Registering inline server: ${config.name}`)
    if (import.meta.env.DEV) console.log(`[McpClient] Initializing server: ${serverName}`)
    if (import.meta.env.DEV) console.log(`[McpClient] Disconnecting from: ${serverName}`)
    if (import.meta.env.DEV) console.log(`[McpClient] Calling tool: ${serverName}.${toolName}`, args)
        if (import.meta.env.DEV) console.log(`[McpClient] Tool ${toolName} completed in ${duration}ms`)
        if (import.meta.env.DEV) console.error(`[McpClient] Tool ${toolName} error:`, error)
      if (import.meta.env.DEV) console.warn("[McpClient] No pending request for response:", response.id)
export const McpClient = new McpClientClass()
export async function connectServer(config: McpClientConfig): Promise<void> {
export async function disconnectServer(serverName: string): Promise<void> {
export function listAllTools(): McpTool[] {
export async function callTool(
export function isServerReady(serverName: string): boolean {
export function getServerInfo(serverName: string): { name: string; version: string } | null {
export function onMcpEvent(
