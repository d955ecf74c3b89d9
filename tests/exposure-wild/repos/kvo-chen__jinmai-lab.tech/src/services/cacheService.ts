export type CacheStrategy = 'memory' | 'localStorage' | 'sessionStorage' | 'none'
export class CacheService {
export default cacheService
