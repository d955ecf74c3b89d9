    const { userApi } = require('./api-client');
