const express = require('express');
const { protect, authorize } = require('../../middleware/auth');
const mongoose = require('mongoose');
const Term = require('../../models/Term');
const Case = require('../../models/Case');
const Question = require('../../models/Question');
const User = require('../../models/User');
const bcrypt = require('bcryptjs');
