const { getSettings, getSimPortfolio, setSimPortfolio, addSimTradeLog } = require('../../utils/storage');
const { fetchServerStockScreen, triggerServerStockScreen, subscribeStockScreenNotice, getServerBase, fetchMultiStockQuotes } = require('../../utils/api');
const { formatPct, pctClass, todayStr } = require('../../utils/market');
