const { preventDuplicateBehavior } = require('../../utils/prevent-duplicate');
const { isNetworkError, setNetworkDisconnected, showDisconnectDialog } = require('../../utils/network');
const { eggSystem, EGG_IDS } = require('../../utils/egg-system');
const { userApi, qcioApi, chatApi } = require('../../utils/api-client');
const { qcioContactsCache, qcioProfileCache } = require('../../utils/cache-manager');
const { setupCapsulePadding } = require('../../utils/capsule-utils');
