let fixture = "__ZAI_KEY_129__"
