const k = '__ZAI_KEY_98__';
