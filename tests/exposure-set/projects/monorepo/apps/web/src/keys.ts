export const k = '__ZAI_KEY_146__';
