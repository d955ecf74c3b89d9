import { useState } from "react";

const KEY = "KF_PLACEHOLDER_NEXT_DYNAMIC_XXXXXXXXXXXXXXXXXXXXX";

export default function Assistant({ model }) {
  const [answer, setAnswer] = useState("");
  async function ask() {
    const res = await fetch("https://open.bigmodel.cn/api/paas/v4/chat/completions", {
      method: "POST",
      headers: { Authorization: "Bearer " + KEY, "Content-Type": "application/json" },
      body: JSON.stringify({ model, messages: [{ role: "user", content: "hello" }] }),
    });
    const data = await res.json();
    setAnswer(data.choices[0].message.content);
  }
  return (
    <section>
      <button onClick={ask}>Ask</button>
      <p>{answer}</p>
    </section>
  );
}
