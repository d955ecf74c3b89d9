const token = '__ZAI_KEY_114__';
