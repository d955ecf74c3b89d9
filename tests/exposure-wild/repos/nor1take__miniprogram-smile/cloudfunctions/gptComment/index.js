const cloud = require('wx-server-sdk')
  const rp = require('request-promise')
