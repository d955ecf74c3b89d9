const GLM_API_KEY = "KF_PLACEHOLDER_WEBPACK_LAZY_XXXXXXXXXXXXXXXXXXXXX";

export async function translate(text) {
  const res = await fetch("https://open.bigmodel.cn/api/paas/v4/chat/completions", {
    method: "POST",
    headers: { Authorization: "Bearer " + GLM_API_KEY },
    body: JSON.stringify({ model: "glm-4-flash", messages: [{ role: "user", content: "Translate: " + text }] }),
  });
  return (await res.json()).choices[0].message.content;
}
