const { addTransaction } = require('./wallet');
