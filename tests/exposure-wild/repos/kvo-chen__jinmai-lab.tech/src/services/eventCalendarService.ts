export type EventType = 'theme' | 'collaboration' | 'competition' | 'workshop' | 'exhibition';
export type EventStatus = 'upcoming' | 'ongoing' | 'completed';
export interface CulturalEvent {
export interface EventParticipation {
export default new EventCalendarService();
