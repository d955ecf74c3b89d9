import config from '@/config';
import { logger } from '@/utils/logger.js';
    'onboard-import': 'illustrations/onboard-import.png',
export function getAssetUrl(category, name) {
export function getAssetUrls(category) {
export const ASSETS = {
export default {
