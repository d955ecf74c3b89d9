const cloud = require('../../utils/cloud.js');
const API_CONFIG = require('../../utils/config.js');
