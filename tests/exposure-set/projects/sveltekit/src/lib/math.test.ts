const K = '__ZAI_KEY_51__';
