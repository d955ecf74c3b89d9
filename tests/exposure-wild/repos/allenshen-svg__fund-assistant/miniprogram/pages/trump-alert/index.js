const { getSettings } = require('../../utils/storage');
const { getServerBase } = require('../../utils/api');
