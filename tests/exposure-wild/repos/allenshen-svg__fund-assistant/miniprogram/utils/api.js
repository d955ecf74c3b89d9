const { fallbackHotEvents } = require('../data/fallback-hot-events');
