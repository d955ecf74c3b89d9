const endingsData = require('../../data/ifthen-endings.js');
const { userApi, gameApi } = require('../../utils/api-client');
