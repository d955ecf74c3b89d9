const { addLog } = require("../../utils/logger");
