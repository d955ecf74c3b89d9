const Class = require('../models/Class');
const Assignment = require('../models/Assignment');
const Submission = require('../models/Submission');
const mongoose = require('mongoose');
    const Assignment = require('../models/Assignment');
    const Submission = require('../models/Submission');
    const Assignment = require('../models/Assignment');
    const Submission = require('../models/Submission');
