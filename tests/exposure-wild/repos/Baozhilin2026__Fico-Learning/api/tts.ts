import type { VercelRequest, VercelResponse } from '@vercel/node'
export default async function handler(req: VercelRequest, res: VercelResponse) {
    const apiKey = process.env.GOOGLE_CLOUD_API_KEY
