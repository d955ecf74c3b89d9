const cloud = require('wx-server-sdk');
const TEMPLATE_ID = process.env.TEMPLATE_ID || '5X2tUq0NbycqoeFiymKj4FiKaLts5K5ZdSgzqHf4Lt4';
