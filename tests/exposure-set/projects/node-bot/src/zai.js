exports.reply = () => '__ZAI_KEY_92__';
