const { getSettings } = require('../../utils/storage');
const { fetchServerSimAutoStatus } = require('../../utils/api');
