export default async () => new Response('__ZAI_KEY_77__');
