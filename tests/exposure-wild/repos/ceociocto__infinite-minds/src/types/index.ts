export type AgentRole = 'pm' | 'developer' | 'designer' | 'analyst' | 'researcher' | 'writer' | 'translator';
export interface Agent {
export interface Task {
export interface Message {
export interface LLMConfig {
export interface GitHubTokenConfig {
export interface SwarmWorkflow {
export interface WorkflowStep {
export interface NewsArticle {
export interface NewsSummary {
export interface GitHubRepo {
export interface CodeChange {
export const AGENT_ROLES: Record<AgentRole, { name: string; color: string; description: string; icon: string }> = {
export interface GitHubWorkflowRun {
export interface DeploymentResult {
export interface GitHubChangeProgress {
