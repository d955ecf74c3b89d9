export const ask = (k) => k || '__ZAI_KEY_144__';
