import { API_CONFIG } from './constants'
export function getOAuthUrl(): string {
export async function exchangeCodeForToken(code: string) {
    client_secret: process.env.CLIENT_SECRET || '',
export async function getUserInfo(accessToken: string) {
export async function getUserShades(accessToken: string) {
