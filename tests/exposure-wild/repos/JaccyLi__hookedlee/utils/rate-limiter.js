const logger = require('./logger.js')
const { RATE_LIMIT } = require('./constants.js')
