export interface Difference {
export interface Level {
export interface GameProgress {
export default culturalSpotTheDifferenceGameService;
