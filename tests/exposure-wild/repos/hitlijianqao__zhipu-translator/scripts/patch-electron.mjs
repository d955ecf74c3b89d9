 * Workaround for Electron Windows bug: require('electron') returns path string
import { readFileSync, writeFileSync } from 'fs'
import { resolve, dirname } from 'path'
import { fileURLToPath } from 'url'
const __dirname = dirname(fileURLToPath(import.meta.url))
const path = require('path')
const fs = require('fs')
    const Module = require('module')
