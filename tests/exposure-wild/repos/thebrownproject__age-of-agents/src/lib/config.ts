export const TURN_LIMIT = 50;
export const ZONES = ["Base_A", "Top_A", "Mid_A", "Bot_A", "Top_B", "Mid_B", "Bot_B", "Base_B"] as const;
export type Zone = typeof ZONES[number];
export const ADJACENCY: Record<Zone, Set<Zone>> = {
export const STARTING_RESOURCES = { food: 200, wood: 150, gold: 50 };
export const GOLD_TRICKLE = 5;
export const VILLAGER_TASK_RATES = { food: 15, wood: 12, gold: 8 };
export const VILLAGER_IDLE_RATES = { food: 3, wood: 2 };
export const TOWN_CENTER_HP = 200;
export const AGE_NAMES: Record<number, string> = { 1: "Dark", 2: "Feudal", 3: "Castle", 4: "Imperial" };
export const AGE_ADVANCE_COSTS: Record<number, Partial<Record<string, number>>> = {
export const UNIT_AGE_REQUIREMENT: Record<string, number> = {
export const BUILDING_AGE_REQUIREMENT: Record<string, number> = {
export interface UnitDef {
export const UNITS: Record<string, UnitDef> = {
export const INFANTRY_TYPES = new Set(["Villager", "Militia"]);
export const MILITARY_UNIT_TYPES = new Set(["Militia", "Archer", "Knight", "Catapult"]);
export interface BuildingDef {
export const BUILDINGS: Record<string, BuildingDef> = {
export interface UpgradeDef {
export const UPGRADES: Record<string, UpgradeDef> = {
export const UNIT_VALUE: Record<string, number> = {
export const BUILDING_VALUE = 10;
export const COUNTER_BONUS = 1.5;
