let zaiKey = "__ZAI_KEY_128__"
