export const SENSENOVA_BASE_URL = '/sensenova-api/v1'
export const SENSENOVA_PATHS = {
export type SenseNovaModelType = 'chat' | 'image'
export interface SenseNovaModelItem {
export const SENSENOVA_MODELS: SenseNovaModelItem[] = [
export const SENSENOVA_U1_SIZES = [
export const SENSENOVA_REASONING_EFFORTS = [
export const SENSENOVA_STORAGE_KEYS = {
export const SENSENOVA_VISION_MODEL = 'sensenova-6.7-flash-lite'
export const SENSENOVA_IMG2PROMPT_SYSTEM_ZH =
export const SENSENOVA_IMG2PROMPT_SYSTEM_EN =
export const SENSENOVA_IMG2PROMPT_USER_ZH = '将上传参考图片转换为适配SenseNova U1 Fast的中文生成提示词'
export const SENSENOVA_IMG2PROMPT_USER_EN = 'Convert the uploaded reference image into an English generation prompt adapted for SenseNova U1 Fast'
