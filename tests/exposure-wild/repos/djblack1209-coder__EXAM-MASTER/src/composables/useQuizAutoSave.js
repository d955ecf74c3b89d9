import storageService from '@/services/storageService.js';
import { logger } from '@/utils/logger.js';
export function saveQuizProgress(progress, immediate = false) {
export function loadQuizProgress() {
export function clearQuizProgress() {
export function hasUnfinishedProgress() {
export function getProgressSummary() {
export function useQuizAutoSave() {
export default {
