import { defineStore } from 'pinia'
import type { FetchError } from 'ofetch'
import { useNotesStore } from './notes'
import { resetIngestionState } from '~/composables/ingestion/useIngestionManager'
export interface AuthUser {
export interface AuthSession {
export interface LoginCredentials {
export interface SignupPayload {
export class AuthError extends Error {
export const useAuthStore = defineStore('auth', () => {
export type { AuthErrorCode, LoginCredentials, SignupPayload }
