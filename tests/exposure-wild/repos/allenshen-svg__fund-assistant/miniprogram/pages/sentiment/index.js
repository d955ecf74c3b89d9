const { getSettings } = require('../../utils/storage');
const { fetchAnalysisData, fetchUSMarketData, triggerRefresh, triggerReanalyze, getServerBase, fetchMultiFundHistory, fetchSentimentData } = require('../../utils/api');
