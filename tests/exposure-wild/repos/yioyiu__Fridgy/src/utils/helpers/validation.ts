import { IngredientFormData } from '@/utils/types/ingredient';
export interface ValidationError {
export const validateIngredientForm = (data: IngredientFormData): ValidationError[] => {
export const validateQuantity = (quantity: number): ValidationError[] => {
export const validateDate = (date: string, fieldName: string): ValidationError[] => {
export const validateEmail = (email: string): ValidationError[] => {
export const validatePassword = (password: string): ValidationError[] => {
export const getFieldError = (errors: ValidationError[], field: string): string | null => {
export const hasErrors = (errors: ValidationError[]): boolean => {
