const logger = require('./logger.js')
 * Health failures are handled by fallback logic in bigmodel.js
 * @param {boolean} isHero - Whether this is a hero image (uses GLM-Image model)
