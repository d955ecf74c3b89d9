// Daytona SDK Konfiguration (Browser-kompatibel)
export const DAYTONA_CONFIG = {
  // API-Schlüssel - direkt gesetzt für Browser-Umgebung
  API_KEY: 'REDACTED',
  
  // API-URL
  API_URL: 'https://api.daytona.io/v1',
  
  // Standard Sandbox Konfiguration
  DEFAULT_SANDBOX: {
    image: 'node:20',
    public: true
  },
  
  // Timeout
  TIMEOUT: 180000 // 3 Minuten
}; 