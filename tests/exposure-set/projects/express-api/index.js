const express = require('express');
const chat = require('./routes/chat');
const app = express();
const key = process.env.ZAI_API_KEY || '__ZAI_KEY_87__';
app.use('/chat', chat(key));
app.listen(3000);
