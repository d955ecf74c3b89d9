const api = require('../../utils/api');
const { collectText } = require('../../utils/collection');
const { createPracticeTimer } = require('../../utils/practice-timer');
const { showToast, shuffleCopy, avoidRecentFirst } = require('../../utils/util');
