require('dotenv').config({ path: __dirname + '/.env' });
const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');
const imageProcessor = require('./services/imageProcessor');
const postBuilder = require('./services/postBuilder');
const postsRouter = require('./routes/posts');
const telegramRouter = require('./routes/telegram');
const PORT = process.env.PORT || 3000;
if (process.env.BOT_POLLING === 'true') {
  const bot = require('./bot/index');
