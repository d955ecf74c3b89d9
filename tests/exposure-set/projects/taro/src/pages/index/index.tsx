const key = '__ZAI_KEY_139__';
export default function Index() { return null; }
