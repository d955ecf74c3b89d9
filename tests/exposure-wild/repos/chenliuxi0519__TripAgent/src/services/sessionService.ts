import { useSessionStore } from "@/stores/sessionStore"
import { PreferenceLearningService } from "./preferenceService"
import type { UserPreferences, RecommendationFeedback, DestinationInteraction } from "@/types"
export function initializeSession(userId?: string): void {
export function trackUserMessage(
export function trackAssistantMessage(content: string, tripId?: string): void {
export function recordFeedback(
export function toggleFavoriteDestination(destination: string): void {
export function isDestinationSaved(destination: string): boolean {
export function getFavoriteDestinations(): string[] {
export function getRecentDestinations(limit = 10): DestinationInteraction[] {
export function getPersonalizedContext(): string {
export function getUserPreferences(): UserPreferences {
export function updateUserPreferences(preferences: Partial<UserPreferences>): void {
export function hasCompletedOnboarding(): boolean {
export function completeOnboarding(): void {
export function getSessionMaturity(): number {
export function getBehaviorAnalytics() {
export function getQuickTemplates() {
export function exportUserData(): string {
export function deleteUserData(): void {
export function trackTripView(tripId: string): void {
export function getRecentTrips(): string[] {
export function getPersonalizedDestinationRecommendations(
export function detectPreferenceChanges(): {
export function applyPreferenceChanges(changes: Partial<UserPreferences>): void {
export function getOnboardingQuestions(): string[] {
