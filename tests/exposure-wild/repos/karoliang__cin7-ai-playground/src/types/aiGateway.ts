import { MessageMetadata, MediaMetadata } from './index'
export interface AIGatewayConfig {
export interface AIProviderConfig {
export type AIProviderType = 'glm' | 'openai' | 'anthropic' | 'azure' | 'custom'
export interface ProviderSpecificConfig {
  // GLM Configuration
export interface ProviderRateLimit {
export interface ProviderCostConfig {
export interface ProviderHealthCheck {
export interface AIGatewayRequest {
export interface AIMessage {
export interface RequestContext {
export interface Example {
export interface RequestOptions {
export interface RequestMetadata {
export interface AIGatewayResponse {
export interface TokenUsage {
export interface ResponseMetadata {
export interface AIGatewayStreamRequest extends AIGatewayRequest {
export interface AIGatewayStreamChunk {
export interface AIGatewayStreamResponse {
export interface CacheConfig {
export type CacheStrategy = 'lru' | 'lfu' | 'ttl' | 'adaptive'
export interface CacheStorage {
export interface StorageConfig {
export interface CacheKeyGenerator {
export interface CacheEntry {
export interface RateLimitConfig {
export type RateLimitStrategy = 'sliding-window' | 'fixed-window' | 'token-bucket' | 'adaptive'
export interface RateLimitRule {
export type RateLimitScope = 'global' | 'user' | 'project' | 'session' | 'ip'
export interface RateLimitCondition {
export interface RateLimitStorage {
export interface RateLimitResult {
export interface MonitoringConfig {
export interface MetricsConfig {
  export: MetricsExport
export interface MetricsExport {
export interface LoggingConfig {
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'fatal'
export type LogFormat = 'json' | 'text' | 'structured'
export interface LogOutput {
export interface TracingConfig {
  export: TracingExport
export interface TracingExport {
export interface AlertConfig {
export interface AlertRule {
export type AlertSeverity = 'low' | 'medium' | 'high' | 'critical'
export interface AlertChannel {
export interface HealthCheckConfig {
export interface HealthCheckEndpoint {
export interface HealthStatus {
export interface HealthCheckResult {
export interface GatewayFeatures {
export interface LoadBalancerConfig {
export type LoadBalancerStrategy = 'round-robin' | 'weighted-round-robin' | 'least-connections' | 'response-time' | 'custom'
export interface CircuitBreakerConfig {
export interface AIGatewayError {
export type ErrorCode =
export interface AIGatewayAnalytics {
export interface RequestAnalytics {
export interface ResponseAnalytics {
export interface PerformanceAnalytics {
export interface CostAnalytics {
export interface ErrorAnalytics {
export const DEFAULT_AI_GATEWAY_CONFIG: Partial<AIGatewayConfig> = {
      export: {
      export: {
