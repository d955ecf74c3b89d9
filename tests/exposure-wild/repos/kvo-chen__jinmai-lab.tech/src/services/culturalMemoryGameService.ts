import { gameStorage } from '@/utils/gameStorage';
export interface MemoryCard {
export interface MemoryLevel {
export interface MemoryGameProgress {
export default culturalMemoryGameService;
