export interface PairItem {
export interface Pair {
export interface Level {
export interface GameProgress {
export default culturalPairMatchingGameService;
