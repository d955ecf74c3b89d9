const cloud = require('wx-server-sdk');
const crypto = require('crypto');
const https = require('https');
const APPID = process.env.WX_APPID || 'wx128c080f16e6cc6b';
const SECRET = process.env.WX_APPSECRET || '';
