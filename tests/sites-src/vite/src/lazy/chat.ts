const ZHIPU_KEY = "KF_PLACEHOLDER_VITE_LAZY_XXXXXXXXXXXXXXXXXXXXXXXX";

export async function openChat(el: Element | null): Promise<void> {
  const res = await fetch("https://open.bigmodel.cn/api/paas/v4/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${ZHIPU_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "glm-4-flash", messages: [{ role: "user", content: "hi" }] }),
  });
  const data = await res.json();
  if (el) el.textContent = data.choices?.[0]?.message?.content ?? "";
}
