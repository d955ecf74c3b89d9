const KEY = '__ZAI_KEY_64__';
export default function Chat() { return <p>{KEY.length}</p>; }
