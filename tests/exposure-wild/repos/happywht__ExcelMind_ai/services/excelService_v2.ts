import { logger } from '@/utils/logger';
import * as XLSX from 'xlsx';
import { ExcelData } from '../types';
export const readExcelFile = async (file: File): Promise<ExcelData> => {
export const exportToExcel = (data: any[], fileName: string) => {
export const exportMultipleSheetsToExcel = (sheets: { [sheetName: string]: any[] }, fileName: string) => {
export const executeTransformation = async (
  const { spawn } = await import('child_process');
  const os = await import('os');
  const path = await import('path');
  const fs = await import('fs');
import sys
