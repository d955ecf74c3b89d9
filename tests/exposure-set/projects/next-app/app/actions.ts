"use server";

export async function ask() {
  return "__ZAI_KEY_30__";
}
