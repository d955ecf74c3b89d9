export const key = '__ZAI_KEY_131__';
