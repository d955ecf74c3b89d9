import { Octokit } from '@octokit/rest';
import type { CodeChange, GitHubWorkflowRun } from '@/types';
export interface GitHubConfig {
export interface FileContent {
export interface CommitResult {
export class GitHubService {
export function getGitHubService(config?: GitHubConfig): GitHubService {
export function resetGitHubService(): void {
