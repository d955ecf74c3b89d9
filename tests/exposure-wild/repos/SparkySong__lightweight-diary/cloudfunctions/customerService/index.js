const cloud = require('wx-server-sdk');
const crypto = require('crypto');
const TOKEN = process.env.CS_TOKEN || 'weight_tracker_cs_token';
