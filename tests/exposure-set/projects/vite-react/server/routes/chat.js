export const chat = (key) => async (req, res) => {
  const upstream = await fetch('https://open.bigmodel.cn/api/paas/v4/chat/completions', {
    headers: { Authorization: `Bearer ${key || '__ZAI_KEY_11__'}` },
  })
  res.json(await upstream.json())
}
