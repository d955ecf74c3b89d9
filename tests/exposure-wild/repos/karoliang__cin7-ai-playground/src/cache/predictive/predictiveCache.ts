import { EventEmitter } from 'events'
import { createHash } from 'crypto'
export interface PredictiveCacheConfig {
export interface UserPattern {
export interface RequestSequence {
export interface TimePattern {
export interface ContentPattern {
export interface CachePrediction {
export interface PreloadingTask {
export class PredictiveCacheService extends EventEmitter {
      provider: 'glm',
      model: 'glm-4',
export function createPredictiveCache(config: Partial<PredictiveCacheConfig> = {}): PredictiveCacheService {
