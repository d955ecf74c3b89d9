export const XP_REWARDS = {
export const LEVEL_TABLE = [
export function getLevelByXP(totalXP) {
export function getNextLevel(currentLevelNum) {
export function getLevelProgress(totalXP) {
export const STREAK_MILESTONES = [3, 7, 14, 30, 60, 100, 365];
export const STREAK_MULTIPLIER = {
export function getStreakMultiplier(streakDays) {
export const CHECKIN_STATUS = {
export const CHECKIN_REWARD = {
export const ACHIEVEMENT_DEFS = {
export const CHALLENGE_TEMPLATES = [
export const GAME_STORAGE_KEYS = {
