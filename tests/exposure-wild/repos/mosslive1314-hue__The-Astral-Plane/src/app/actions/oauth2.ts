'use server'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
const CLIENT_ID = process.env.SECONDME_CLIENT_ID!
const CLIENT_SECRET = process.env.SECONDME_CLIENT_SECRET!
const REDIRECT_URI = process.env.SECONDME_REDIRECT_URI || 'http://localhost:3000/api/auth/callback'
export interface OAuth2TokenResponse {
export interface SecondMeUserInfo {
export async function buildAuthorizationUrl(state?: string): Promise<string> {
    secure: process.env.NODE_ENV === 'production',
export async function exchangeCodeForToken(code: string, state: string): Promise<OAuth2TokenResponse | null> {
export async function getSecondMeUserInfo(accessToken: string): Promise<SecondMeUserInfo | null> {
export async function refreshAccessToken(refreshToken: string): Promise<OAuth2TokenResponse | null> {
export async function initiateOAuth2Login() {
