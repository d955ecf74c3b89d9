import { ZONES, UNITS, BUILDINGS, AGE_ADVANCE_COSTS, UPGRADES, AGE_NAMES, Zone } from "@/lib/config";
import { GameState, PlayerState, addLog, score } from "@/lib/engine/state";
import { economyTick } from "@/lib/engine/economy";
import { resolveCombat } from "@/lib/engine/combat";
import { validateAction, deductCosts, CleanAction } from "@/lib/engine/validator";
import { buildObservation } from "@/lib/prompts/builder";
export interface Agent {
export async function runTurn(
