export const db = "__ZAI_KEY_28__";
