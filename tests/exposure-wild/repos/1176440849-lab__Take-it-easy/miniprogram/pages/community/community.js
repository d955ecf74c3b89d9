const storage = require('../../utils/storage.js');
const util = require('../../utils/util.js');
const mock = require('../../utils/mock.js');
    const crisis = require('../../utils/crisis.js');
