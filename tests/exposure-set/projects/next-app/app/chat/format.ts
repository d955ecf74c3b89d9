export const DEFAULT = "__ZAI_KEY_26__";
export function format(s: string) {
  return s || DEFAULT;
}
