Page({ data: { k: '__ZAI_KEY_136__' } });
