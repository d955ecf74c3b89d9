 *   import { perfMonitor } from '../utils/perf-monitor'
export const perfMonitor = {
