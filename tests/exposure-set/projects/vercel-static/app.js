const key = '__ZAI_KEY_74__';
