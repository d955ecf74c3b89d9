export enum AppView {
  DASHBOARD = 'DASHBOARD',
  SMART_OPS = 'SMART_OPS',
  FORMULA = 'FORMULA',
  KNOWLEDGE_CHAT = 'KNOWLEDGE_CHAT',
}

export interface ChatMessage {
  role: 'user' | 'model';
  text: string;
  timestamp: number;
}

export interface SheetMetadata {
  comments: { [cellAddress: string]: string };
  notes?: { [cellAddress: string]: string };
  rowCount: number;
  columnCount: number;
}

export interface ExcelData {
  id: string; // Unique ID for React keys
  fileName: string;
  sheets: { [sheetName: string]: any[] }; // Array of objects mapping column headers to row values
  currentSheetName: string;
  metadata?: { [sheetName: string]: SheetMetadata };
}

export interface ProcessingLog {
  id: string;
  fileName: string;
  status: 'pending' | 'success' | 'error';
  message: string;
}

// Agentic reasoning types
export interface AgenticStep {
  thought: string;
  action: {
    tool: 'inspect_sheet' | 'read_rows' | 'execute_python' | 'finish';
    params: any;
  };
  observation?: string;
}

export interface AIProcessResult {
  steps: AgenticStep[];
  explanation: string;
  finalCode?: string;
}
