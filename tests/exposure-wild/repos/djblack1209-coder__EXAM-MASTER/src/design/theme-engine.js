import { logger } from '@/utils/logger.js';
export const tokens = {
export function applyTheme(theme = 'light') {
export function getCurrentTheme() {
export function watchTheme(callback) {
export default {
