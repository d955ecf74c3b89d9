export interface McpServer {
export interface McpCapabilities {
export interface McpTool {
export interface McpSchema {
export interface McpToolResult {
export type McpContentType = "text" | "image" | "resource" | "embedded_resource"
export interface McpContent {
export interface JsonRpcRequest {
export interface JsonRpcResponse {
export interface JsonRpcError {
export enum JsonRpcErrorCode {
export type McpTransportType = "stdio" | "http" | "sse" | "inline"
export interface McpClientConfig {
export type McpMethod =
export const McpMethod = {
export interface McpInitializeParams {
export interface McpInitializeResult {
export interface McpToolsListResult {
export interface McpToolCallParams {
export interface McpResource {
export interface McpResourceTemplate {
export interface McpPrompt {
export type McpEventType =
export interface McpEvent {
export interface McpInlineServerConfig {
export interface McpInlineExecutionContext {
export interface McpConnectionState {
export type McpMessageHandler = (message: JsonRpcResponse) => void | Promise<void>
