import { gameStorage } from '@/utils/gameStorage';
export interface Question {
export interface Level {
export interface GameProgress {
export default culturalQuizGameService;
