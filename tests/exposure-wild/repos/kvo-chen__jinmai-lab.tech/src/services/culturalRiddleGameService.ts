export interface Riddle {
export interface RiddleLevel {
export interface RiddleGameProgress {
export default culturalRiddleGameService;
