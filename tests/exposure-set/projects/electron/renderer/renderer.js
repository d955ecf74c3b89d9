const k = '__ZAI_KEY_96__';
