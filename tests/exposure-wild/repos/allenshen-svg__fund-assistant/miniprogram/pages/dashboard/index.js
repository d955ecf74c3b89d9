const { getHoldings, getSettings } = require('../../utils/storage');
const { fetchHotEvents, fetchIndices, fetchMultiFundEstimates, fetchSectorFlows, fetchMultiFundHistory, fetchCommodities, fetchSectorTopFunds, fetchSectorTopStocks, fetchServerFundPick, fetchRealtimeBreaking, getServerBase, fetchSentimentData } = require('../../utils/api');
const { buildPlans, buildOverview, MODEL_PORTFOLIO, matchSectorFlow } = require('../../utils/advisor');
const { getMarketStatus, isMarketOpen, formatPct, pctClass, formatTime, isTradingDay, formatMoney, timeAgo } = require('../../utils/market');
const { runAIAnalysis, runSingleFundAI, getCachedAIResult, getAIConfig, runFundPickAI, getCachedFundPick, saveServerFundPick } = require('../../utils/ai');
        require('../../utils/api').fetchMultiFundEstimates(codes),
        require('../../utils/api').fetchMultiFundHistory(codes),
          : require('../../utils/api').fetchSectorFlows(),
    const { getHoldings: getH, setHoldings } = require('../../utils/storage');
        require('../../utils/api').fetchMultiFundEstimates(codes),
        require('../../utils/api').fetchMultiFundHistory(codes),
