export const audioCacheService = new AudioCacheService()
