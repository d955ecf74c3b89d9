import type { Trip, UserPreferences } from "../types"
// Lazy import Tauri API to avoid "process is not defined" error in browser
      const tauri = await import("@tauri-apps/api/core")
export class StorageError extends Error {
export interface StorageResult<T> {
export const isTauriAvailable = (): boolean => {
        const { TauriStorage } = await import("../lib/mockTauri")
        const { TauriStorage } = await import("../lib/mockTauri")
        const { TauriStorage } = await import("../lib/mockTauri")
        const { TauriStorage } = await import("../lib/mockTauri")
        const { TauriStorage } = await import("../lib/mockTauri")
        const { TauriStorage } = await import("../lib/mockTauri")
export const tauriStorageService = new TauriStorageService()
export const saveTrip = (trip: Trip): Promise<void> =>
export const loadTrips = (): Promise<Trip[]> =>
export const loadTrip = (id: string): Promise<Trip | null> =>
export const deleteTrip = (id: string): Promise<void> =>
export const tripExists = (id: string): Promise<boolean> =>
export const savePreferences = (prefs: UserPreferences): Promise<void> =>
export const loadPreferences = (): Promise<UserPreferences | null> =>
export const getDataDir = (): Promise<string> =>
