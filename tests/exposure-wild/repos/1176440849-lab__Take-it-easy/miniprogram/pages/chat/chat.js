const storage = require('../../utils/storage.js');
const util = require('../../utils/util.js');
const ai = require('../../utils/ai.js');
const crisis = require('../../utils/crisis.js');
const mock = require('../../utils/mock.js');
