const { preventDuplicateBehavior } = require('../../../utils/prevent-duplicate');
const { isNetworkError, setNetworkDisconnected, showDisconnectDialog } = require('../../../utils/network');
const { addPostLogExperience } = require('../../../utils/experience');
const { qcioApi, chatApi } = require('../../../utils/api-client');
