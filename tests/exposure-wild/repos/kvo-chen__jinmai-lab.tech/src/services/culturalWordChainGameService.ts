export interface Word {
export interface Level {
export interface GameProgress {
export default culturalWordChainGameService;
