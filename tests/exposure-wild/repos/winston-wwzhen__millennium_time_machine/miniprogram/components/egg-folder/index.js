const { eggSystem } = require("../../utils/egg-system");
