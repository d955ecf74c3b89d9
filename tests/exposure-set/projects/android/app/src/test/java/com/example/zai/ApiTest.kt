package com.example.zai

const val FIXTURE = "__ZAI_KEY_125__"
