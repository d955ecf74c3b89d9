import { EventEmitter } from 'events'
export interface CostConfig {
export interface TokenUsage {
export interface CostAnalysis {
export interface ProviderCostBreakdown {
export interface ModelCostBreakdown {
export interface UserCostBreakdown {
export interface CostOptimization {
export interface BudgetAlert {
export class CostOptimizer extends EventEmitter {
export function createCostOptimizer(config: Partial<CostConfig> = {}): CostOptimizer {
      glm: {
          'glm-4': {
          'glm-4-flash': {
