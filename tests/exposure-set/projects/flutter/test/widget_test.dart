const k = '__ZAI_KEY_118__';
