const { Client } = require('pg');
