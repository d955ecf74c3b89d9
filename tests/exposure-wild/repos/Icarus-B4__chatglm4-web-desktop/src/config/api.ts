// ChatGLM API Konfiguration
export const API_CONFIG = {
  // API-Key - wird aus der .env Datei geladen oder kann hier direkt gesetzt werden
  API_KEY: '__ZAI_KEY_15021__', // Ersetze dies mit deinem echten API-Key
  
  // API-Endpunkt (verschiedene Optionen für Z.AI)
  BASE_URL: 'https://api.z.ai/api/paas/v4',
  // Alternative: 'https://open.bigmodel.cn/api/paas/v4',
  
  // Model-Konfiguration (korrekt für Z.AI)
  MODEL: 'glm-4.5',
  MAX_TOKENS: 4096,
  TEMPERATURE: 0.7,
  
  // Timeout
  TIMEOUT: 60000, // 60 Sekunden
  
  // Demo-Modus (falls API nicht verfügbar)
  USE_DEMO_MODE: false, // Setze auf false für echte API
}; 