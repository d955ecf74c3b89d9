window.zai = '__ZAI_KEY_95__';
