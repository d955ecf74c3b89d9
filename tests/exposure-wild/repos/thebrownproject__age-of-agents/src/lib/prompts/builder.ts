import { ZONES, Zone } from "@/lib/config";
import { GameState } from "@/lib/engine/state";
export function buildSystemPrompt(persona: string): string {
export function buildObservation(gs: GameState, pid: "A" | "B"): object {
