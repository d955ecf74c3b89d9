const { VERSION: CONFIG_VERSION } = require('../../config/version');
