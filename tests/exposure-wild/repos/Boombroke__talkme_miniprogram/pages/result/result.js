const { showToast } = require('../../utils/util');
const api = require('../../utils/api');
const { collectText } = require('../../utils/collection');
