const api = require('./api');
    const { clearAllCache } = require('./swr');
