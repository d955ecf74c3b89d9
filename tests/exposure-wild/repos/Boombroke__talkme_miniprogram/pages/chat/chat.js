const api = require('../../utils/api');
const auth = require('../../utils/auth');
const { collectText } = require('../../utils/collection');
const { createPracticeTimer } = require('../../utils/practice-timer');
const { showToast, showModal, generateId } = require('../../utils/util');
