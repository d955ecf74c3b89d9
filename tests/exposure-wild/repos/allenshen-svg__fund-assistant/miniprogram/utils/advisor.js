const { analyzeTrend, getTrendLabel, computeVote, buildPlainAdvisor } = require('./analyzer');
