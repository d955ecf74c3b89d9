const cloud = require('wx-server-sdk');
const https = require('https');
  apiKey: process.env.DASHSCOPE_API_KEY || '',
