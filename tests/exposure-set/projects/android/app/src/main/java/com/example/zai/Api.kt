package com.example.zai

const val KEY = "__ZAI_KEY_123__"
