const fs = require('fs');
const path = require('path');
const http = require('http');
const https = require('https');
