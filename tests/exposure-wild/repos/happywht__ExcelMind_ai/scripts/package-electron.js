const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { app, BrowserWindow } = require('electron');
const path = require('path');
  if (process.env.NODE_ENV === 'development') {
