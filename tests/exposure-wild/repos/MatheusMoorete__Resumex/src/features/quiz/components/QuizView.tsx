import { useMemo, useState } from 'react';
import { cleanQuizText } from '../services/quizApi';
export default function QuizView({
