const cloud = require('wx-server-sdk');
const jwt = require('jsonwebtoken');
