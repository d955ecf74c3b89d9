class ChatGLMConfig {
  static const String apiKey = '__ZAI_KEY_19010__';
} 