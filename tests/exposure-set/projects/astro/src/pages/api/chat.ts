export const POST = () => new Response('__ZAI_KEY_66__');
