const { isNetworkError } = require('./network');
