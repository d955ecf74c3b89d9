import { extractTripInfo, extractTripInfoWithLLM } from './agentUtils'
import type { UserPreferences, BudgetRange } from '../types'
export type TripContextField = 'destination' | 'days' | 'budget' | 'startDate' | 'preferences'
export interface MissingInfo {
export interface ValidationResult {
export interface TripContext {
export interface ValidationOptions {
export class ContextValidator {
export const contextValidator = new ContextValidator()
export function validateTripContext(
