const api = require('../../../utils/api');
const auth = require('../../../utils/auth');
const { formatRelativeTime, truncate, showToast } = require('../../../utils/util');
const { swr } = require('../../../utils/swr');
