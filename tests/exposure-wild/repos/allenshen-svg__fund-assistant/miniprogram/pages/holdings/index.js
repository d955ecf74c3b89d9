const { getHoldings, setHoldings, getSettings } = require('../../utils/storage');
const { fetchMultiFundEstimates, fetchMultiFundHistory, searchFundByCode, fetchIndices, fetchCommodities, fetchHotEvents, fetchSectorFlows, fetchServerPortfolioAdvice } = require('../../utils/api');
const { formatPct, pctClass, isTradingDay, todayStr, getPrevTradingDay } = require('../../utils/market');
const { analyzeTrend, computeVote } = require('../../utils/analyzer');
const { pickHeatForType } = require('../../utils/advisor');
const { runDailyAdvice, getCachedDailyAdvice } = require('../../utils/ai');
