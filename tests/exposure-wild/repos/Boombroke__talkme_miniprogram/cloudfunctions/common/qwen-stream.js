const https = require('https');
