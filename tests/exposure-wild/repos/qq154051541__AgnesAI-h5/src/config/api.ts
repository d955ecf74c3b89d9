export const API_BASE_URL = 'https://apihub.agnes-ai.com'
export const IMGBB_UPLOAD_URL = 'https://imgbb.com/json'
export const IMGBB_AUTH_TOKEN = 'REDACTED'
export const API_PATHS = {
export const MODELS = [
export interface SizeItem {
export const SIZES: SizeItem[] = [
export const IMAGE_COUNTS = [
export const VIDEO_SIZES = [
export const VIDEO_DURATIONS = [
export const VIDEO_MODEL = 'agnes-video-v2.0'
export const CHAT_MODEL = 'agnes-2.5-flash'
export const CHAT_MODEL_FALLBACK = 'agnes-2.0-flash'
export const IMG2PROMPT_SYSTEM_ZH =
export const IMG2PROMPT_SYSTEM_EN =
export const IMG2PROMPT_USER_ZH = '将上传参考图片转换为适配Agnes-Image的中文生成提示词'
export const IMG2PROMPT_USER_EN = 'Convert the uploaded reference image into an English generation prompt adapted for Agnes-Image'
export const STORAGE_KEYS = {
