import { useCallback, useEffect, useMemo, useState } from 'react';
import { BookOpen, Layers3, Pencil, Play, Plus, Trash2 } from 'lucide-react';
import type { Flashcard, FlashcardDeck, FlashcardDraft } from '../domain/flashcards';
import {
} from '../services/flashcardApi';
import { State } from '../services/flashcardScheduler';
import CardEditor from './CardEditor';
import ReviewSession from './ReviewSession';
import FicharioAction from '../../../shared/components/FicharioAction';
import FlashcardGenerator from './FlashcardGenerator';
export default function FlashcardHome({ initialDrafts = [] }: Props) {
                  <div className="flashcard-import-banner">
