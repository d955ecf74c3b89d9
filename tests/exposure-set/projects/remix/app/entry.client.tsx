const K = '__ZAI_KEY_73__';
void K;
