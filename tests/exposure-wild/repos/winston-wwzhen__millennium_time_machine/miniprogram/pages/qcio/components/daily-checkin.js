const { preventDuplicateBehavior } = require('../../../utils/prevent-duplicate');
const { addDailyCheckinExperience } = require('../../../utils/experience');
const { qcioApi } = require('../../../utils/api-client');
