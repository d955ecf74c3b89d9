export default function handleRequest() { return '__ZAI_KEY_72__'; }
