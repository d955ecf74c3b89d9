const Question = require('../models/Question');
const XLSX = require('xlsx');
