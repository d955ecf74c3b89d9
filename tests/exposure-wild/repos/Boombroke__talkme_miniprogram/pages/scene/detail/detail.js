const auth = require('../../../utils/auth');
const { collectText } = require('../../../utils/collection');
