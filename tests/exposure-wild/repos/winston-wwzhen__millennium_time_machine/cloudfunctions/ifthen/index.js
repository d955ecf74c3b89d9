const cloud = require('wx-server-sdk');
    const endingsData = require('./ifthen-endings.js');
