import { ZONES, STARTING_RESOURCES, TOWN_CENTER_HP, UNIT_VALUE, BUILDING_VALUE, Zone } from "@/lib/config";
export interface Resources {
export interface ProductionItem {
export interface PlayerState {
export interface GameState {
export function newGame(): GameState {
export function addLog(gs: GameState, msg: string): void {
export function recentLog(gs: GameState, n = 5): string[] {
export function totalVillagers(player: PlayerState): number {
export function anyBuilding(player: PlayerState, building: string): boolean {
export function unitCount(player: PlayerState, zone: Zone, unitType: string): number {
export function score(player: PlayerState): number {
