const { userApi } = require('./utils/api-client');
const { preloadCommonData } = require('./utils/cache-manager');
