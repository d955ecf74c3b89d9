export interface TimelineEvent {
export interface Level {
export interface GameProgress {
export default culturalTimelineGameService;
