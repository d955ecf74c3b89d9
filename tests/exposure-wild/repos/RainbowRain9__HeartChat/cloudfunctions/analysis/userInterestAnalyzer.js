const bigmodel = require('./bigmodel');
const keywordClassifier = require('./keywordClassifier');
