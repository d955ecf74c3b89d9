const cloud = require('wx-server-sdk');
const bigModelModule = require('./bigmodel');
