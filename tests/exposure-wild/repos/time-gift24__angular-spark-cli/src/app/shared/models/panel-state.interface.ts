import { SessionData } from './session-data.interface';
export interface PanelState {
