const { chromium } = require('playwright');
const fs = require('fs');
