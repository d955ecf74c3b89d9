const cloud = require('wx-server-sdk');
const AI_CONTACTS_DATA = require('./ai_contacts_import.json');
const GROUPS_DATA = require('./groups_import.json');
