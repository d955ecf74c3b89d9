import { db } from '$lib/server/db';

export const load = () => ({ ok: !!'__ZAI_KEY_44__', db });
