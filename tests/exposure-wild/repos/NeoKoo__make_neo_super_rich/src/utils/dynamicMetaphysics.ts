import { WuxingType } from '../types/fortune'
import { getLocalDateFromBeijing } from './dateUtils'
export function generateTimeBasedFactor(): number {
export function generateMoonPhaseFactor(): number {
export function generateSolarTermFactor(): number {
export function generateRandomFactor(min: number = 0.9, max: number = 1.1): number {
export function getCombinedDynamicFactor(): number {
export function adjustLuckyNumbers(baseNumbers: number[], dynamicFactor: number): number[] {
export function generateDynamicAdvice(baseAdvice: string, wuxing: WuxingType): string {
export function generateDynamicLuckyColor(wuxing: WuxingType): string {
export function generateDynamicLuckyDirection(baseDirection: string): string {
export function generateDynamicConfidence(baseConfidence: number, dynamicFactor: number): number {
