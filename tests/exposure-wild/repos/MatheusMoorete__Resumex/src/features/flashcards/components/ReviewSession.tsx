import { useRef, useState } from 'react';
import { ArrowLeft, Check, RotateCcw } from 'lucide-react';
import type { Grade } from 'ts-fsrs';
import type { Flashcard, FlashcardDeck } from '../domain/flashcards';
import { recordReview } from '../services/flashcardApi';
import { formatInterval, previewReviews, Rating, scheduleReview, State } from '../services/flashcardScheduler';
export default function ReviewSession({
