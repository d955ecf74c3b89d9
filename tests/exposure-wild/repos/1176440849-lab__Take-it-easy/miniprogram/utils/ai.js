const storage = require('./storage.js');
const crisis = require('./crisis.js');
const mock = require('./mock.js');
