export const db = '__ZAI_KEY_46__';
