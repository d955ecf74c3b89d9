import { useCallback, useEffect, useRef, useState } from 'react';
import { formatFileSize } from '../../pdf/services/pdfExtractor';
import FicharioPanelHeader from '../../../shared/components/FicharioPanelHeader';
import FicharioPdfDropzone from '../../../shared/components/FicharioPdfDropzone';
export default function QuizUpload({
