import { useState, useEffect, useCallback, useRef } from 'react'
import type { DimensionKey } from '../App'
import { isApiKeyConfigured } from '../services/glm'
import {
} from '../services/dimensionAdvisor'
export function useDimensionAdvisor(
