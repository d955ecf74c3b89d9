import Anthropic from '@anthropic-ai/sdk';
  const apiKey = process.env.ANTHROPIC_API_KEY;
export async function claudeChat(systemPrompt: string, userMessage: string, model = 'claude-sonnet-4-5-20250929') {
export async function minimaxChat(systemPrompt: string, userMessage: string, model = 'MiniMax-Text-01') {
  const apiKey = process.env.MINIMAX_API_KEY;
export type Platform = 'facebook' | 'google' | 'tiktok';
export type LLMProvider = 'claude' | 'minimax';
export type CopyType =
export type MaterialType = '轮播视频' | '轮播图片' | '解压' | '滚屏漫画';
export interface BookDNA {
export interface SubtitleStyle {
export interface AdMaterial {
export interface SkillOutput {
export async function generateAdMaterials(
