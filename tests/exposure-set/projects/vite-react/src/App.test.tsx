const FIXTURE = '__ZAI_KEY_14__'
void FIXTURE
