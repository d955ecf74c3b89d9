const { isNetworkError } = require('./network');
const { CacheKeys, withCache, getCache, setCache } = require('./cache-manager');
        const { removeCache } = require('./cache-manager');
        const { removeCache } = require('./cache-manager');
        const { removeCache } = require('./cache-manager');
        const { removeCache } = require('./cache-manager');
