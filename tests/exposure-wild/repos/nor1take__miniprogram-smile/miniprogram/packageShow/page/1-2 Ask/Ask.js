const check = require('../../check.js');
