import React, { useState, useRef, useEffect, useMemo } from 'react';
import { Upload, FileDown, Play, Loader2, FileSpreadsheet, Layers, Trash2, Code, Plus, Archive, CheckSquare, Square, Search, Eye, Terminal, Info, ChevronRight, MessageSquare, PanelLeft, PanelRight, X, ChevronLeft, Sparkles, Send, Bot, Zap } from 'lucide-react';
import { readExcelFile, exportMultipleSheetsToExcel, exportToExcel } from '../services/excelService';
import { runAgenticLoop } from '../services/zhipuService';
import { runPython } from '../services/pyodideService';
import { ExcelData, ProcessingLog, AgenticStep } from '../types';
import * as XLSX from 'xlsx';
import JSZip from 'jszip';
export const SmartExcel: React.FC = () => {
