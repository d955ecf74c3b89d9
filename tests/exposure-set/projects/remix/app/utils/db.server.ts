export const db = '__ZAI_KEY_71__';
