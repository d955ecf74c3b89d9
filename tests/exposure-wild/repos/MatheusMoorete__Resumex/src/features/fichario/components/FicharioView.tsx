import React, { useEffect, useState, useMemo, useRef } from 'react';
import { 
} from '../../summary/services/summaryApi';
import { listDecks, listCards, type FlashcardDeck } from '../../flashcards/services/flashcardApi';
import { listQuizzes, listQuizAttempts, deleteQuiz, type SavedQuiz, type SavedQuizAttempt } from '../../quiz/services/quizPersistenceApi';
import { 
} from 'lucide-react';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
export const FicharioView: React.FC<FicharioViewProps> = ({
