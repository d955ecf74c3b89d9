const { contextBridge, ipcRenderer } = require('electron');
