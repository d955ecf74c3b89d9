export interface SearchEngine {
export interface QuickLink {
export interface SnippetRequest {
export type SubscriptionPlan = 'free' | 'plus' | 'pro' | 'lifetime' | 'career';
export type SubscriptionStatus = 'active' | 'expired' | 'canceled';
export interface User {
export type Theme = 'light' | 'dark';
export type SubscriptionTier = 'unauthenticated' | 'authenticated_free' | 'authenticated_subscribed';
export type PersonaType = 'soulmate' | 'motivator' | 'bestie' | 'mentor';
export interface AppState {
export type ToastType = 'success' | 'error' | 'info';
export interface ToastMessage {
export type EmotionType = 'happy' | 'neutral' | 'angry' | 'sad' | 'anxious' | 'exhausted';
export interface EmotionLog {
export type TrackType = 'A_PHYSICAL' | 'B_TIME_ECHO' | 'C_EMOTION' | 'D_THEME' | 'E_QUESTION';
export interface TrackAffinity {
export interface PerspectiveHistory {
export interface PerspectiveRouterContext {
export interface PerspectivePoolItem {
export interface PerspectivePlan {
