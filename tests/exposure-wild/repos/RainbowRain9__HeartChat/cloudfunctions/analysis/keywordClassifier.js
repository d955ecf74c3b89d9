const bigmodel = require('./bigmodel');
    if (!process.env.ZHIPU_API_KEY) {
    const response = await bigmodel.chatCompletion({
