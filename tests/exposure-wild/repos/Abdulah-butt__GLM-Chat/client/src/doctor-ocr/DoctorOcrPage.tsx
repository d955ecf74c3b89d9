import { useCallback, useEffect, useRef, useState } from 'react';
import { UploadZone } from './components/UploadZone';
import { ProcessingView } from './components/ProcessingView';
import { ResultsDashboard } from './components/ResultsDashboard';
import { AnalyzeError, analyzeReport } from './api';
import type { AnalysisResult } from './types';
import './doctor-ocr.css';
export default DoctorOcrPage;
