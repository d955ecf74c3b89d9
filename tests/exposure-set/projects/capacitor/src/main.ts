const key = '__ZAI_KEY_109__';
