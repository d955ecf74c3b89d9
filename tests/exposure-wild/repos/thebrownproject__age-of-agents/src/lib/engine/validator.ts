import {
} from "@/lib/config";
import { PlayerState, anyBuilding, unitCount, totalVillagers } from "@/lib/engine/state";
export interface TrainItem   { unit: string; count: number }
export interface BuildItem   { building: string; zone?: Zone }
export interface MoveItem    { unit: string; count: number; from: Zone; to: Zone }
export interface ResearchItem { upgrade: string }
export interface CleanAction {
export function validateAction(raw: any, player: PlayerState): CleanAction {
export function deductCosts(action: CleanAction, player: PlayerState): void {
export function deductAdvanceAge(player: PlayerState): void {
