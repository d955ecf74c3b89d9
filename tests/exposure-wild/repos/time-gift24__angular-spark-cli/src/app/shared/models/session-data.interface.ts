import { ChatMessage } from './chat-message.interface';
export type SessionMode = 'docked' | 'floating';
export enum SessionStatus {
export interface PanelPosition {
export interface PanelSize {
export interface SessionData {
export type SessionColor = 'blue' | 'purple' | 'pink' | 'orange' | 'yellow';
