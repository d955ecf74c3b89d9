const { preventDuplicateBehavior } = require('../../utils/prevent-duplicate');
const { addVisitSpaceExperience } = require('../../utils/experience');
const { qcioApi } = require('../../utils/api-client');
