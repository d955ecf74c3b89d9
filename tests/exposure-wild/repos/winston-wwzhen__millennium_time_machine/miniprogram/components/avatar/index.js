const { eggSystem, EGG_IDS } = require('../../utils/egg-system');
const { userApi } = require('../../utils/api-client');
const { CLOUD_BASE_URL } = require('../../config/cloud-icons');
      const { addLog: logAction } = require("../../utils/logger");
              console.error('Canvas export failed:', err);
