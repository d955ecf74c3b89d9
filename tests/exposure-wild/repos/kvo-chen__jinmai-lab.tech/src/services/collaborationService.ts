export interface CollaborationSession {
export interface Collaborator {
export interface CollaborationHistory {
export interface VersionHistory {
export default collaborationService;
