import { describe, it, expect, beforeEach } from 'vitest'
import { ExternalApiService, InMemoryCache, RateLimiter } from '../externalApiService'
