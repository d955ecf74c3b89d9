const axios = require('axios');
