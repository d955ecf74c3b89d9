export function extractStockCodes(text: string): string[] {
import { getYahooChart, extractHistoryAnchors } from "./yahoo-chart";
export async function fetchStockData(codes: string[]): Promise<Array<{
  const FINNHUB_KEY = process.env.FINNHUB_API_KEY || "";
export function buildStockContext(
