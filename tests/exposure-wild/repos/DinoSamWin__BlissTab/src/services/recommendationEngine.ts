import { TrackType } from '../types';
export const TRACK_AFFINITY_KEY = 'focus_tab_track_affinity';
export interface EngagementData {
export async function updateTrackAffinity(data: EngagementData) {
export async function getUserAffinity(userId: string | undefined, trackType: TrackType): Promise<number> {
export async function getAllTrackAffinities(userId?: string): Promise<Record<TrackType, number>> {
export function getAllTrackAffinitiesSync(userId?: string): Record<TrackType, number> {
