Deno.serve(() => new Response('__ZAI_KEY_86__'));
