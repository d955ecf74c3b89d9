import { UNITS, INFANTRY_TYPES, COUNTER_BONUS, BUILDINGS, Zone } from "@/lib/config";
import { GameState, PlayerState, addLog } from "@/lib/engine/state";
export function resolveCombat(gs: GameState, zone: Zone): void {
