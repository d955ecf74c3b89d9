require('dotenv').config();
const { app, BrowserWindow, ipcMain, dialog } = require('electron')
const path = require('path')
const { spawn } = require('child_process')
const fs = require('fs').promises
  require('electron-reloader')(module, {
