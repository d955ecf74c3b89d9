import { NextResponse } from "next/server";

export function middleware() {
  const res = NextResponse.next();
  res.headers.set("x-zai", "__ZAI_KEY_29__");
  return res;
}
