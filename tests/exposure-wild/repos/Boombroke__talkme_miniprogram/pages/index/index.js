const auth = require('../../utils/auth');
const api = require('../../utils/api');
const { collectText } = require('../../utils/collection');
const { getStreakFlame } = require('../../utils/util');
const { swr } = require('../../utils/swr');
