export const api = '__ZAI_KEY_107__';
