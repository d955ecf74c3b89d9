import { FSRS, Rating, State, createEmptyCard, generatorParameters } from 'ts-fsrs';
import { storageService } from '@/services/storageService.js';
import { logger } from '@/utils/logger.js';
export function loadUserParams(userParams) {
export function restoreUserParams() {
export function hasCustomParams() {
 * @returns {import('ts-fsrs').Card} ts-fsrs 标准 Card 对象
export function createNewCard(now = new Date()) {
 * @param {import('ts-fsrs').Card} card
 * @returns {import('ts-fsrs').Card} ts-fsrs Card 对象
 * @param {import('ts-fsrs').Card} card - ts-fsrs Card 对象
export function saveCardState(questionId, card) {
 * @returns {import('ts-fsrs').Card|null} ts-fsrs Card 对象，或 null
export function loadCardState(questionId) {
export function removeCardState(questionId) {
 * @param {import('ts-fsrs').Card} card - 当前卡片状态（可从 loadCardState 或 createNewCard 获取）
 * @returns {{ card: import('ts-fsrs').Card, log: import('ts-fsrs').ReviewLog, nextDue: Date, intervalDays: number }}
export function scheduleCard(card, rating, now = new Date()) {
 * @param {import('ts-fsrs').Card} card - 当前卡片状态
export function previewSchedule(card, now = new Date()) {
 * @returns {Array<{questionId: string, card: import('ts-fsrs').Card, retrievability: number, overdueDays: number}>}
export function getDueCards(allCards, now = new Date()) {
 * @param {import('ts-fsrs').Card} card - FSRS 卡片
export function getReviewStats(allCards, now = new Date()) {
 * @returns {{ card: import('ts-fsrs').Card, log: import('ts-fsrs').ReviewLog, nextDue: Date, intervalDays: number, questionId: string }}
export function scheduleAndSave(questionId, rating, now = new Date()) {
// Exports: Rating & State enums (re-export for consumer convenience)
export { Rating, State };
export function formatInterval(days) {
