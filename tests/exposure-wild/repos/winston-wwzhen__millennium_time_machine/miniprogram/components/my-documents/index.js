const { userApi } = require('../../utils/api-client');
      const { addLog: logAction } = require("../../utils/logger");
