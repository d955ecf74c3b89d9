const Term = require('../models/Term');
const Case = require('../models/Case');
