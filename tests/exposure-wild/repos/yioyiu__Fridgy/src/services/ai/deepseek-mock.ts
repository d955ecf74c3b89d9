    this.apiKey = process.env.EXPO_PUBLIC_DEEPSEEK_API_KEY || '';
export const deepSeekService = new DeepSeekService();
export type { StorageAnalysisResult };
