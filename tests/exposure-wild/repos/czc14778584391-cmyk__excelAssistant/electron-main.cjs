 * @typedef {import('electron').BrowserWindow} BrowserWindow
 * @typedef {import('electron').Tray} Tray
const { app, BrowserWindow, ipcMain, Tray, Menu, nativeImage, dialog, shell } = require('electron');
const path = require('path');
const fs = require('fs');
  const isDev = process.env.VITE_DEV_SERVER_URL || process.env.ELECTRON_START_URL;
  const { autoUpdater } = require('electron-updater');
  const isDev = process.env.VITE_DEV_SERVER_URL || process.env.ELECTRON_START_URL;
      const http = require('http');
      const url = require('url');
      const isDev = process.env.VITE_DEV_SERVER_URL || process.env.ELECTRON_START_URL;
