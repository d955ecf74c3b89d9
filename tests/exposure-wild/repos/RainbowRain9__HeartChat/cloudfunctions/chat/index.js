 * 集成智谱AI (GLM-4-Flash) 生成回复
const cloud = require('wx-server-sdk');
const bigModelModule = require('./bigmodel');
