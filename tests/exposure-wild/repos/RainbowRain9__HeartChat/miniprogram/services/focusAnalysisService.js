const cloudFuncCaller = require('./cloudFuncCaller');
const userService = require('./userService');
