const key = '__ZAI_KEY_147__';
