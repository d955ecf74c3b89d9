const logger = require('../../utils/logger.js')
