const API_BASE = (import.meta.env.VITE_API_URL || 'http://localhost:5000/api').replace(/\/$/, '');
export async function chatRequest(messages, { model = 'glm-4.5', stream = true, temperature = 0.6 } = {}, onDelta) {
export async function translateRequest(text, { sourceLanguage = 'auto', targetLanguage = 'zh', model = 'glm-4.5', stream = true } = {}, onDelta) {
export { API_BASE };
