import express from 'express'
import { chat } from './routes/chat.js'

const app = express()
const key = process.env.ZHIPU_API_KEY ?? '__ZAI_KEY_10__'
app.post('/api/chat', chat(key))
app.listen(3000)
