export interface APIKeyConfig {
export interface APIKeyUsage {
export class BrowserAPIKeyManager {
export class EnvironmentBrowserAPIKeyManager {
    // For browser environment, get keys from import.meta.env
    const glmKey = this.getSecureEnvVar('VITE_GLM_API_KEY')
    if (glmKey) {
      this.keyManager.addAPIKey('glm', glmKey)
      const value = (import.meta.env as any)[key]
