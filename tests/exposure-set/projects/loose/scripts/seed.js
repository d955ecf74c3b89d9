const k = '__ZAI_KEY_153__';
