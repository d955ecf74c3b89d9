const crypto = require('crypto');
const express = require('express');
const mongoose = require('mongoose');
const cors = require('cors');
const dotenv = require('dotenv');
const cookieParser = require('cookie-parser');
const path = require('path');
dotenv.config();
if (!process.env.MONGO_URI) {
if (!process.env.JWT_SECRET) {
const auth = require('./routes/api/auth');
const chat = require('./routes/api/chat');
const translate = require('./routes/api/translate');
const classesRoutes = require('./routes/api/classes');
const assignmentsRoutes = require('./routes/api/assignments');
const submissionsRoutes = require('./routes/api/submissions');
const evalRoutes = require('./routes/api/eval');
const libraryRoutes = require('./routes/api/library');
const uploadRoutes = require('./routes/api/upload');
const usersRoutes = require('./routes/api/users');
const questionsRoutes = require('./routes/api/questions');
const db = process.env.MONGO_URI;
app.use('/api', require('./routes/api/init'));
const PORT = process.env.PORT || 5000;
