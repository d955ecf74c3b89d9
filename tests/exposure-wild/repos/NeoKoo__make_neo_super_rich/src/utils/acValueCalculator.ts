export interface ACValueResult {
export interface ACValueConfig {
export function calculateACValue(numbers: number[], config: ACValueConfig): ACValueResult {
export function calculateBatchACValue(
export function filterByACValue(
export function sortByACValue(
export function getACValueStatistics(
export const SSQ_AC_CONFIG: ACValueConfig = {
export const DLT_AC_CONFIG: ACValueConfig = {
export function quickACValue(numbers: number[]): number {
