const { eggSystem, EGG_IDS } = require('../../utils/egg-system');
const { chatApi, userApi } = require('../../utils/api-client');
