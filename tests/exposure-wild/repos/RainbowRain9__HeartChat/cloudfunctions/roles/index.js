const cloud = require('wx-server-sdk');
const { initRoles } = require('./init-roles');
const promptGenerator = require('./promptGenerator');
const memoryManager = require('./memoryManager');
const userPerception = require('./userPerception');
const { testZhipuAI } = require('./test-zhipu');
