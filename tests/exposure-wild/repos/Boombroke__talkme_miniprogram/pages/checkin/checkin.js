const api = require('../../utils/api');
const auth = require('../../utils/auth');
const { showToast, showSuccess, getToday, getStreakFlame } = require('../../utils/util');
const { swr } = require('../../utils/swr');
