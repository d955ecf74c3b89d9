import * as XLSX from 'xlsx';
import { ExcelData } from '../types';
export const readExcelFile = async (file: File): Promise<ExcelData> => {
export const exportMultipleSheetsToExcel = (sheets: { [sheetName: string]: any[] }, fileName: string) => {
export const exportToExcel = (data: any[], fileName: string) => {
export const executeTransformation = async (
