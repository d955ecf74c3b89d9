const key = '__ZAI_KEY_148__';
