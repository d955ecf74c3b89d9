export function POST() {
	return new Response('__ZAI_KEY_45__');
}
