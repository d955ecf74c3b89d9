export interface APIKeyConfig {
export interface APIKeyUsage {
export class SecureAPIKeyManager {
export class EnvironmentAPIKeyManager {
    // GLM API Key
    const glmKey = this.getSecureEnvVar('GLM_API_KEY')
    if (glmKey) {
      await this.keyManager.addAPIKey('glm', glmKey)
    const value = process.env[key]
