const cloud = require('wx-server-sdk');
const axios = require('axios');
const bigModelModule = require('./bigmodel');
const keywordClassifier = require('./keywordClassifier');
const keywordEmotionLinker = require('./keywordEmotionLinker');
const userInterestAnalyzer = require('./userInterestAnalyzer');
