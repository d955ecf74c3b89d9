export function POST() { return Response.json({ k: '__ZAI_KEY_105__' }); }
