module.exports = '__ZAI_KEY_134__';
