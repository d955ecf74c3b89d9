import { logger } from '@/utils/logger.js';
export function isConfigured() {
export async function requestSubscription(templateIds = []) {
export function isSubscribed(templateId) {
export async function smartRequestSubscription() {
export function getTemplateIds() {
