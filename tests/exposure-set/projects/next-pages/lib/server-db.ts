export const db = "__ZAI_KEY_41__";
