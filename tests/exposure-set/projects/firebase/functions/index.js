const { onRequest } = require('firebase-functions/v2/https');
exports.chat = onRequest((req, res) => res.send('__ZAI_KEY_82__'));
