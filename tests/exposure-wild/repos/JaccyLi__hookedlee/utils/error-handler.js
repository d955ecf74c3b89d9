const logger = require('./logger.js')
