const KEY = '__ZAI_KEY_97__';
