    const { addTransaction } = require('./wallet');
    const { addTransaction } = require('./wallet');
    const { addExperience } = require('./level');
    const { addTransaction } = require('./wallet');
