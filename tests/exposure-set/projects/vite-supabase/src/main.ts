const key = '__ZAI_KEY_85__';
