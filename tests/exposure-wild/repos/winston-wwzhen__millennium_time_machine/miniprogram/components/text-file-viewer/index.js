const { eggSystem, EGG_IDS } = require("../../utils/egg-system");
const { userApi } = require("../../utils/api-client");
