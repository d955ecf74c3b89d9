const eventsData = require('../../data/ifthen-events.js');
const endingsData = require('../../data/ifthen-endings.js');
const narrativesData = require('../../data/ifthen-narratives.js');
const { userApi, gameApi } = require('../../utils/api-client');
