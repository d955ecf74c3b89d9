const express = require('express');
const db = require('../database');
const { authenticateToken } = require('./auth');
const { retrieve } = require('../utils/rag');
const { chat } = require('../utils/zhipu');
