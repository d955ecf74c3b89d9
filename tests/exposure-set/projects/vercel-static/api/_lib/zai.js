export const zai = '__ZAI_KEY_76__';
