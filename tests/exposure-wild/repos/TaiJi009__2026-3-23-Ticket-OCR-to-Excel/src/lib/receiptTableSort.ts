import type { Receipt, ReceiptItem } from "../types/receipt";
export type ReceiptColumnKey = "date" | "store" | "name" | "qty" | "price" | "subtotal";
export type SortDir = "asc" | "desc";
export function compareByColumn(
export function sortIndicesForReceipt(
export type MergedFlatRow = {
export function buildMergedFlatRows(queue: { id: string; status: string; result?: Receipt }[]): MergedFlatRow[] {
export function sortMergedRows(rows: MergedFlatRow[], sortKey: ReceiptColumnKey | null, sortDir: SortDir): MergedFlatRow[] {
