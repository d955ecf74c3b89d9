// GLM (ZhipuAI) Service Types for CIN7 AI Playground
export interface GLMConfig {
export interface GLMMessage {
  role: GLMMessageRole
  tool_calls?: GLMToolCall[]
export type GLMMessageRole = 'user' | 'assistant' | 'system' | 'tool'
export interface GLMToolCall {
export interface GLMTool {
export interface GLMChatCompletionRequest {
  model: GLMModel
  messages: GLMMessage[]
  tools?: GLMTool[]
  response_format?: GLMResponseFormat
export interface GLMResponseFormat {
export interface GLMChatCompletionResponse {
  model: GLMModel
  choices: GLMChoice[]
  usage: GLMUsage
export interface GLMChoice {
  message: GLMMessage
  finish_reason: GLMFinishReason
  logprobs?: GLMLogProbs
export interface GLMLogProbs {
  content: GLMLogProbInfo[]
export interface GLMLogProbInfo {
export interface GLMUsage {
export type GLMFinishReason =
export type GLMModel =
  | 'glm-4-plus'
  | 'glm-4-0520'
  | 'glm-4'
  | 'glm-4-air'
  | 'glm-4-airx'
  | 'glm-4-long'
  | 'glm-4-flashx'
  | 'glm-4-flash'
  | 'glm-4v-plus'
  | 'glm-4v'
  | 'glm-3-turbo'
export interface GLMError {
export interface GLMStreamChunk {
  model: GLMModel
  choices: GLMStreamChoice[]
export interface GLMStreamChoice {
    role?: GLMMessageRole
    tool_calls?: GLMToolCall[]
  finish_reason?: GLMFinishReason
  logprobs?: GLMLogProbs
export interface GLMServiceOptions {
export interface GLMCodeGenerationRequest {
export interface GLMCodeGenerationResponse {
export interface GLMContextualUpdateRequest {
export interface GLMContextualUpdateResponse {
  changes: GLMCodeChange[]
export interface GLMCodeChange {
export interface GLMServiceHealth {
export interface GLMRequestMetrics {
  model: GLMModel
export interface GLMAIProvider {
  name: 'glm'
  displayName: 'GLM (ZhipuAI)'
  models: GLMModel[]
  defaultModel: GLMModel
  supportedFeatures: GLMSupportedFeature[]
export type GLMSupportedFeature =
export interface GLMProviderConfig {
  defaultModel: GLMModel
export const DEFAULT_GLM_CONFIG: Partial<GLMConfig> = {
  baseURL: 'https://open.bigmodel.cn/api/paas/v4/',
export const DEFAULT_GLM_SERVICE_OPTIONS: GLMServiceOptions = {
export const GLM_PROVIDER_CONFIG: GLMAIProvider = {
  name: 'glm',
  displayName: 'GLM (ZhipuAI)',
    'glm-4-plus',
    'glm-4-0520',
    'glm-4',
    'glm-4-air',
    'glm-4-airx',
    'glm-4-long',
    'glm-4-flashx',
    'glm-4-flash',
    'glm-4v-plus',
    'glm-4v',
    'glm-3-turbo'
  defaultModel: 'glm-4',
