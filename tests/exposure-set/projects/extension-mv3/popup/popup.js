document.title = '__ZAI_KEY_99__';
