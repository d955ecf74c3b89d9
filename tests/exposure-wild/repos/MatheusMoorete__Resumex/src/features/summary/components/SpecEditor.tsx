import { useEffect, useRef, useState } from 'react';
import { formatFileSize } from '../../pdf/services/pdfExtractor';
import { resolveCorpusPage } from '../../pdf/services/pdfCorpus';
import MarkdownPreview from '../../../shared/components/MarkdownPreview';
import PdfSplitViewer from '../../pdf/components/PdfSplitViewer';
import PdfRegionPreview from './PdfRegionPreview';
import pdfIcon from '../../../assets/pdf_icon.png';
export default function SpecEditor({
