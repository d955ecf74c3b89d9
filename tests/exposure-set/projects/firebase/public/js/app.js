var key = '__ZAI_KEY_84__';
