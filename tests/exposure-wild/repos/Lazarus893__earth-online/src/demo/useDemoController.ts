import { useState, useEffect, useRef, useCallback, useMemo } from 'react'
import { buildDemoScript, type DemoStep } from './demoScript'
import type { DemoPhase, DemoChatMessage, DemoContextValue } from './DemoContext'
export function useDemoController(enabled: boolean) {
