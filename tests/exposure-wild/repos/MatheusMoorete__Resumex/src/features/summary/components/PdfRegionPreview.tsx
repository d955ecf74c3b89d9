import { useEffect, useRef, useState } from 'react';
import * as pdfjsLib from 'pdfjs-dist';
export default function PdfRegionPreview({ pdfUrl, pageNumber, bbox, onOpen }: Props) {
