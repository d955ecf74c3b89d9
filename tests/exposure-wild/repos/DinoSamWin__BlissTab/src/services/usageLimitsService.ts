import { SubscriptionTier, AppState } from '../types';
import { determineSubscriptionTier } from './subscriptionService';
export const SUBSCRIPTION_LIMITS = {
export function getSubscriptionTier(state: AppState): SubscriptionTier {
export function isSubscribed(state: AppState): boolean {
export function canGeneratePerspective(state: AppState): { allowed: boolean; reason?: string } {
export function canAddGateway(state: AppState): { allowed: boolean; reason?: string } {
export function canAddIntention(state: AppState, isHomepageModal: boolean = false): { allowed: boolean; reason?: string } {
export function getPerspectiveCount(): number {
export function incrementPerspectiveCount(): number {
export function resetPerspectiveCount(): void {
