export const k = '__ZAI_KEY_155__';
