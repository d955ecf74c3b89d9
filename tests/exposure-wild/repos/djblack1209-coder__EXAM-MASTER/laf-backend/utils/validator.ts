export interface ValidationRule {
export interface ValidationSchema {
export interface ValidationResult {
  /<script\b[^<]*(?:(?!<\/script>)<[^<]*)*<\/script>/i,
export function sanitizeString(input: string): string {
export function hasInjectionRisk(input: unknown): boolean {
export function validateField(
export function validate(data: Record<string, unknown>, schema: ValidationSchema): ValidationResult {
export const CommonRules = {
export function validateLoginParams(data: unknown): ValidationResult {
export function validateMistakeParams(data: unknown): ValidationResult {
export function validateRankParams(data: unknown): ValidationResult {
export function validateSocialParams(data: unknown): ValidationResult {
export default {
