const { addChatExperience } = require('../../utils/experience');
const { isNetworkConnected } = require('../../utils/network');
const { userApi, qcioApi, chatApi } = require('../../utils/api-client');
