import { Language } from './types';
export const translations = {
    providerZhipu: "China Strategy (Zhipu GLM-4)",
    providerZhipu: "国内方案 (智谱 GLM-4)",
