"use client";

import { format } from "./format";

const KEY = "__ZAI_KEY_25__";

export default function ChatBox() {
  return <p>{format(KEY)}</p>;
}
