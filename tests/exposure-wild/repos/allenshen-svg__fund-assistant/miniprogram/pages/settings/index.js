const { getSettings, setSettings, getHoldings, getWatchlist } = require('../../utils/storage');
const { fetchHotEvents, fetchServerSimAutoConfig, updateServerSimAutoConfig } = require('../../utils/api');
const { getMarketStatus, isTradingDay } = require('../../utils/market');
const { AI_PROVIDERS, getAIConfig, setAIConfig } = require('../../utils/ai');
