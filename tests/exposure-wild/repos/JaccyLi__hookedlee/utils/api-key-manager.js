const logger = require('./logger.js')
 * @param {string} keyType - 'bigmodel' or 'deepseek'
    const storageKey = keyType === 'bigmodel' ? 'customGlmApiKey' : 'deepseekApiKey'
 * @param {string} keyType - 'bigmodel' or 'deepseek'
    const storageKey = keyType === 'bigmodel' ? 'customGlmApiKey' : 'deepseekApiKey'
    const storageKey = keyType === 'bigmodel' ? 'customGlmApiKey' : 'deepseekApiKey'
