exports.main = async () => '__ZAI_KEY_132__';
