export interface DemoStep {
export const DEMO_ANSWERS: SelectOptionPayload[] = [
export const DEMO_CHAT_SCRIPT: ChatPayload[] = [
export const DEMO_QUESTS = [
export interface DemoQuest {
export const DEMO_QUESTS_FULL: DemoQuest[] = [
export function buildDemoScript(): DemoStep[] {
