// 支持多个免费模型：智谱 GLM、DeepSeek 等
// 文档: https://open.bigmodel.cn/dev/api
import { getSupabase } from '../lib/supabase';
export const getZhipuApiKey = async (): Promise<string | null> => {
    .eq('key_name', 'zhipu_api_key')
export const getDeepSeekApiKey = async (): Promise<string | null> => {
export const EMAIL_TEMPLATES = {
export const LANGUAGES: Record<string, { name: string; code: string }> = {
export const COUNTRY_LANGUAGE_MAP: Record<string, string> = {
export interface GenerateEmailParams {
export interface GeneratedEmail {
export const generateDevelopmentEmail = async (
  const zhipuApiKey = await getZhipuApiKey();
  if (!zhipuApiKey && !deepseekApiKey) {
    throw new Error('请至少配置一个 AI API Key（智谱 GLM 或 DeepSeek）');
        apiKey: zhipuApiKey,
export const generateEmailsBatch = async (
