const { qcioApi } = require('../../../utils/api-client');
