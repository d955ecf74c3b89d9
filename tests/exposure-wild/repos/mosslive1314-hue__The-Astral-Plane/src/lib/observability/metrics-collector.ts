import {
} from '@/types/observability'
export class MetricsCollector {
export const metricsCollector = new MetricsCollector()
