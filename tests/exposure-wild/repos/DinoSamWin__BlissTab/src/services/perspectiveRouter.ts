import { PerspectiveRouterContext, PerspectivePlan, PerspectivePoolItem, TrackType } from '../types';
import { getAllTrackAffinitiesSync } from './recommendationEngine';
import { isTooSimilar } from './perspectiveService';
export function routePerspective(ctx: PerspectiveRouterContext, pool?: PerspectivePoolItem[]): PerspectivePlan & { cached_item?: PerspectivePoolItem } {
