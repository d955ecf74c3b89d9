import { useState, useCallback } from 'react';
import MarkdownPreview from '../../../shared/components/MarkdownPreview';
import PdfSplitViewer from '../../pdf/components/PdfSplitViewer';
import { copyToClipboard, stripPageReferences } from '../../../shared/utils/clipboard';
import { exportSummaryToNotion } from '../../notion/services/notionApi';
import { resolveCorpusPage } from '../../pdf/services/pdfCorpus';
export default function ResultView({ fileData, pdfUrl, summary, onNewSummary, onGoToFichario, onCreateFlashcards, onCreateQuiz }) {
            <div className="notion-export-panel">
              <div className="notion-export-header">
                <span className="notion-export-badge">NOTION EXPORT</span>
                <h3 className="notion-export-title">Exportar para o Notion</h3>
                <p className="notion-export-desc">
                <div className="notion-export-actions">
