import { DrawStatistics } from '../types/analysis';
export interface IntervalConfig {
export interface IntervalDistribution {
export interface IntervalAnalysis {
export interface IntervalStatistics {
export function calculateIntervalDistribution(
export function analyzeIntervalDistribution(
export function analyzeIntervalStatistics(
export function filterByIntervalDistribution(
export function getRecommendedDistributions(count: number): string[] {
export const SSQ_INTERVAL_CONFIG: IntervalConfig = {
export const DLT_INTERVAL_CONFIG: IntervalConfig = {
export function quickIntervalCheck(
