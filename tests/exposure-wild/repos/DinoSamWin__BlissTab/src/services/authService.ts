import {
} from 'firebase/auth';
import { auth } from './firebaseService';
import { User } from '../types';
const GOOGLE_CLIENT_ID = import.meta.env.VITE_GOOGLE_CLIENT_ID || '';
export function getRateLimitState(): RateLimitState {
export function recordFailedAttempt(): RateLimitState {
export function resetRateLimit(): void {
export function isRateLimited(): { limited: boolean; secondsLeft: number } {
export function firebaseUserToAppUser(fbUser: any): User {
export interface AuthResult {
export async function reloadUser(): Promise<User | null> {
export async function resendVerificationEmail(): Promise<{ success: boolean }> {
export async function signInWithEmail(email: string, password: string): Promise<AuthResult> {
export async function signUpWithEmail(email: string, password: string, displayName?: string): Promise<AuthResult> {
  const functionsUrl = import.meta.env.VITE_SUPABASE_FUNCTIONS_URL;
  const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY;
export async function sendPasswordReset(email: string): Promise<{ success: boolean; error?: string; methods?: string[] }> {
export async function signInWithGoogle(): Promise<AuthResult> {
    const { signInWithPopup } = await import('firebase/auth');
export async function signInWithFacebook(): Promise<AuthResult> {
    const { signInWithPopup } = await import('firebase/auth');
export async function signInWithX(): Promise<AuthResult> {
    const { signInWithPopup } = await import('firebase/auth');
    const WEB_URL = import.meta.env.VITE_WEB_URL || 'https://startlytab.com';
export async function linkPendingCredential(pendingCredential: OAuthCredential): Promise<AuthResult> {
export async function signOutUser(): Promise<void> {
export async function getSignInMethodsForEmail(email: string): Promise<string[]> {
export function renderGoogleButton(_containerId: string, _theme: 'light' | 'dark' = 'light') {
export async function initGoogleAuthStrict(_onUser: (user: User | null) => void) {
  // This shim prevents import errors from components still referencing it.
