    const { addTransaction } = require('./wallet');
