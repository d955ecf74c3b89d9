exports.main = async () => '__ZAI_KEY_135__';
