const storage = require('../../utils/storage.js');
const util = require('../../utils/util.js');
const ai = require('../../utils/ai.js');
