const KEY = "__ZAI_KEY_36__";
void KEY;
