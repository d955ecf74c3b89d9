export function findFieldIndex(headers: string[], fieldName: string): number {
export function getFieldValue(headers: string[], row: any[], fieldName: string): string {
export function parseDateValue(value: any): Date | null {
export function formatDate(dateValue: any, format: string): string {
export function calculateValue(value: number, expression: string): number {
export function applyStringFunction(value: string, funcName: string, params: string[]): string {
export function parseFieldMapping(
