const auth = require('../../utils/auth');
const api = require('../../utils/api');
const { showModal, showToast } = require('../../utils/util');
const { swr } = require('../../utils/swr');
