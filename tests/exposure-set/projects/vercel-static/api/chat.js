import { zai } from './_lib/zai.js';

export default function handler(req, res) {
  res.json({ k: '__ZAI_KEY_75__', zai });
}
