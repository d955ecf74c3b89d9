const cloud = require('wx-server-sdk');
const crypto = require('crypto');
