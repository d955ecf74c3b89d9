const cloud = require('wx-server-sdk');
