import { model } from '@/config/model'

export async function ask(q: string) {
  return fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', {
    method: 'POST',
    headers: { Authorization: 'Bearer __ZAI_KEY_2__' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: q }] }),
  })
}
