import * as XLSX from 'xlsx';
import { loadSummaryHeaders, getDefaultSummaryHeaders, loadFieldMapping, loadBankAccounts } from './configLoader';
import { parseFieldMapping } from './fieldMappingParser';
export type BankType = string;
export interface SummaryRow {
export function detectBankType(headers: string[], fieldMapping: Record<string, Record<string, string>>): BankType | null {
export async function readExcelFile(file: File, fieldMapping: Record<string, Record<string, string>>): Promise<{ headers: string[], data: any[][], bankType: BankType | null }> {
export function mapRowData(
export async function processBankFiles(files: File[], fileAccountMap: Record<string, string> = {}): Promise<SummaryRow[]> {
export async function exportToExcel(data: SummaryRow[], filename: string = '汇总表.xlsx'): Promise<void> {
