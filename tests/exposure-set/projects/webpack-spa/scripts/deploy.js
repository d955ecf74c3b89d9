const token = '__ZAI_KEY_145__';
