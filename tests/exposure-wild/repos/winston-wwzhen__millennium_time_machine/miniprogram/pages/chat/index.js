const { preventDuplicateBehavior } = require('../../utils/prevent-duplicate');
const { isNetworkError, setNetworkDisconnected, showDisconnectDialog } = require('../../utils/network');
const { eggSystem, EGG_IDS } = require('../../utils/egg-system');
const { userApi, qcioApi, chatApi } = require('../../utils/api-client');
const { setupCapsulePadding } = require('../../utils/capsule-utils');
      // 2. 整理历史记录 (OpenAI/GLM 格式)
