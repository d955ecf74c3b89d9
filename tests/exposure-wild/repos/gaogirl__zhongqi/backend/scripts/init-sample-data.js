const mongoose = require('mongoose');
const Term = require('../models/Term');
const Case = require('../models/Case');
const MONGO_URI = process.env.MONGO_URI || 'mongodb://localhost:27017/ai-virtual';
