import { describe, it, expect } from 'vitest'
import { extractTripInfo } from '../agentUtils'
