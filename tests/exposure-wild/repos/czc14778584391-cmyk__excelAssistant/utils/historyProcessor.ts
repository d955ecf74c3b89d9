import * as XLSX from 'xlsx';
export interface HistoryCategoryData {
export async function readHistoryExcelFile(file: File): Promise<HistoryCategoryData[]> {
export async function readHistoryJsonFile(file: File): Promise<HistoryCategoryData[]> {
export function getCategoricalDataFromConfig(categoricalData: any[]): HistoryCategoryData[] {
export async function processHistoryFiles(files: File[]): Promise<HistoryCategoryData[]> {
