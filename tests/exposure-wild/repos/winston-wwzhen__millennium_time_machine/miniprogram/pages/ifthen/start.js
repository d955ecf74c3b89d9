const { addLog } = require("../../utils/logger");
const { userApi, gameApi } = require("../../utils/api-client");
