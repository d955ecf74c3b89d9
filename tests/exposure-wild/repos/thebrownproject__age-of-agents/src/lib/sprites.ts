import { Zone, ZONES, ADJACENCY } from "@/lib/config";
import { GameState } from "@/lib/engine/state";
export const GRID_SIZE = 32;
export const ZONE_BOUNDS: Record<Zone, ZoneBounds> = {
export const ZONE_SLOTS: Record<Zone, Array<[number, number]>> = {} as Record<Zone, Array<[number, number]>>;
export const TC_TILES: Record<Zone, [number, number]> = {
export function getUnitSlot(zone: Zone, player: "A" | "B", unitType: string, unitIndex: number): [number, number] {
export function getBuildingSlot(
export const UNIT_SPRITE: Record<string, string> = {
export const BUILDING_SPRITE: Record<string, string> = {
export function playerSpriteClass(player: "A" | "B"): string {
export function zoneCentroid(zone: Zone, tileSize: number): { x: number; y: number } {
export interface MoveAnimation {
export function detectMoves(prev: GameState, curr: GameState): MoveAnimation[] {
