export interface Card {
export interface Level {
export interface GameProgress {
export default culturalMatchingGameService;
