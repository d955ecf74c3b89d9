    module.exports = require("./recorder").Recorder;
    var _inlineWorker = require('inline-worker');
    module.exports = require("./inline-worker");
