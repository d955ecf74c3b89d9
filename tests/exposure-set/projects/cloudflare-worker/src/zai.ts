export const ask = (k: string) => new Response(k || '__ZAI_KEY_81__');
