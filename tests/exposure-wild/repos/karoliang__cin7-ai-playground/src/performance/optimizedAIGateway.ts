import { EventEmitter } from 'events'
import { performance } from 'perf_hooks'
export interface OptimizedAIGatewayConfig {
export interface AIProvider {
  type: 'glm' | 'openai' | 'anthropic' | 'custom'
export interface AIModel {
export interface OptimizedRequest {
export interface OptimizedResponse {
export interface PerformanceMetrics {
export interface ProviderMetrics {
export class OptimizedAIGateway extends EventEmitter {
export function createOptimizedAIGateway(config: OptimizedAIGatewayConfig): OptimizedAIGateway {
