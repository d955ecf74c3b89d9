module.exports = {
  target: 'node',
  entry: './src/bot.js',
  output: { filename: 'bot.js' },
};
