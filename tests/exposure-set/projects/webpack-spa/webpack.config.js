const webpack = require('webpack');

module.exports = {
  entry: './src/index.js',
  plugins: [
    new webpack.DefinePlugin({ 'process.env.ZAI_KEY': JSON.stringify('__ZAI_KEY_141__') }),
    new webpack.EnvironmentPlugin(['GLM_KEY']),
  ],
};
