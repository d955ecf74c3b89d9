import type {
} from "@/types"
import { useSessionStore } from "@/stores/sessionStore"
import { useUiStore } from "@/stores/uiStore"
import { useAuthStore } from "@/stores/authStore"
const BASE_URL: string = (import.meta.env.VITE_BACKEND_URL as string) || "/api"
export interface BackendTripResponse {
export interface PlanTripParams {
export async function planTripBackend(params: PlanTripParams): Promise<BackendTripResponse> {
export function mapBackendTrip(
export function deserializeTrip(raw: Trip): Trip {
export interface AuthResponse {
export const authRegister = (email: string, password: string) =>
export const authLogin = (email: string, password: string) =>
export interface ServerTripMeta {
export async function saveTripToServer(trip: Trip): Promise<void> {
export async function loadTripsFromServer(): Promise<ServerTripMeta[]> {
export async function loadTripFromServer(tripId: string): Promise<Trip | null> {
export async function deleteTripFromServer(tripId: string): Promise<void> {
export async function loadPreferencesFromServer(): Promise<Partial<UserPreferences> | null> {
export async function savePreferencesToServer(preferences: UserPreferences): Promise<void> {
export async function backendHealth(): Promise<{ ok: boolean; model?: string }> {
