import { useEffect, useMemo, useRef, useState } from 'react';
import * as pdfjsLib from 'pdfjs-dist';
export default function PdfSplitViewer({ pdfUrl, activePage = 1, sourceText = '', focusRect = null }) {
