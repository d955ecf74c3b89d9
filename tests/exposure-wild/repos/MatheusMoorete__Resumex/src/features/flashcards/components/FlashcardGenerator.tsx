import { useEffect, useRef, useState } from 'react';
import { FileText, Sparkles, Upload, X } from 'lucide-react';
import FicharioPdfDropzone from '../../../shared/components/FicharioPdfDropzone';
import type { FlashcardDraft } from '../domain/flashcards';
import {
} from '../services/flashcardJobApi';
export default function FlashcardGenerator({ onDrafts }: { onDrafts: (drafts: FlashcardDraft[]) => void }) {
