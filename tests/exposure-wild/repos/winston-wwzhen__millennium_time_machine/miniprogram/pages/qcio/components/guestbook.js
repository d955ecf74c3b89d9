const { preventDuplicateBehavior } = require('../../../utils/prevent-duplicate');
const { qcioApi } = require('../../../utils/api-client');
