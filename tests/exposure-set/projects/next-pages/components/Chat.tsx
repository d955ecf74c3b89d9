const KEY = "__ZAI_KEY_39__";
export function Chat({ banner }: { banner: string }) {
  return <p>{banner || KEY}</p>;
}
