const fetch = require('node-fetch');
