const fs = require('fs');
const path = require('path');
const bcrypt = require('bcryptjs');
const isServerless = !!(process.env.NETLIFY || process.env.AWS_LAMBDA_FUNCTION_NAME || process.env.LAMBDA_TASK_ROOT);
