const { execSync } = require('child_process');
const { readFileSync, writeFileSync, existsSync } = require('fs');
