import { motion, AnimatePresence } from 'framer-motion'
import type { Question, QuestionOption } from '../../../data/questions'
import OptionButton from './OptionButton'
import FreeTextInput from './FreeTextInput'
export default function QuestionCard({
