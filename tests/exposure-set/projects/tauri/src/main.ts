const key = '__ZAI_KEY_111__';
