const { app, BrowserWindow } = require('electron');
const KEY = '__ZAI_KEY_94__';
app.whenReady().then(() => new BrowserWindow({ webPreferences: { preload: __dirname + '/preload.js' } }).loadFile('index.html'));
