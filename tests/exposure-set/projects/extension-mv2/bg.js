var k = '__ZAI_KEY_100__';
