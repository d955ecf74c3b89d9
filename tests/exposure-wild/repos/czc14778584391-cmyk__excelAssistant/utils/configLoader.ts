export async function loadSummaryHeaders(): Promise<string[]> {
export function getDefaultSummaryHeaders(): string[] {
export async function loadCategoricalData(): Promise<any[]> {
export function getDefaultCategoricalData(): any[] {
export async function loadFieldMapping(): Promise<Record<string, Record<string, string>>> {
export function getDefaultFieldMapping(): Record<string, Record<string, string>> {
export async function loadBankAccounts(): Promise<Record<string, any>> {
