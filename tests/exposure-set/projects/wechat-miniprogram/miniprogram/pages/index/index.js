Page({ data: { k: '__ZAI_KEY_133__' } });
