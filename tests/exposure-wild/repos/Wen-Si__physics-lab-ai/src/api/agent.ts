export interface AgentResult {
export interface Hunyuan3DModelFile {
export interface Hunyuan3DModelInfo {
export interface ReActStep {
// 生产环境 (output: 'export') 不打包 API Route, 健康检查失败后自动回退到本地模式。
export const WORKFLOW_NODES = [
export async function generateExperimentWithAgent(
export async function checkAgentHealth(): Promise<boolean> {
export interface KnowledgeMappingResult {
export interface KnowledgeNodeInfo {
export async function mapKnowledgeWithAgent(
