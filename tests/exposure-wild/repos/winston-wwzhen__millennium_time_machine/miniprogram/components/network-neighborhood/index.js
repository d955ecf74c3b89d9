const { eggSystem, EGG_IDS } = require("../../utils/egg-system");
const { userApi } = require("../../utils/api-client");
        const { eggSystem } = require('../../utils/egg-system');
      const { addLog: logAction } = require("../../utils/logger");
