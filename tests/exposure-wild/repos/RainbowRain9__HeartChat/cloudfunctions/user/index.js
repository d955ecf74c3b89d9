const cloud = require('wx-server-sdk');
const userPerception = require('./userPerception_new');
const userInterests = require('./userInterests');
const createIndexes = require('./createIndexes');
