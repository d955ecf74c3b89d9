export async function getFutuToken(): Promise<string | null> {
export interface FutuStockInfo {
export function parseCnNumber(raw: string | undefined | null): number | null {
export async function getFutuStock(code: string): Promise<FutuStockInfo | null> {
