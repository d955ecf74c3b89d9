const cloud = require('../../utils/cloud.js');
