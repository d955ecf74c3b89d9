const questionPool = require('../../utils/exampleQuestions.js');
