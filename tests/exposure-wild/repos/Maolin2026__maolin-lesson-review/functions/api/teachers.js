      const cached = await context.env.TEACHERS_KV.get(KV_KEY);
      await context.env.TEACHERS_KV.put(KV_KEY, JSON.stringify(teachers));
export async function onRequest(context) {
