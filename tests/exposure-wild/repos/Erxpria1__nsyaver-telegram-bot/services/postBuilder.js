const ejs = require('ejs');
const path = require('path');
const fs = require('fs');
