import { create } from "zustand"
import { persist, createJSONStorage } from "zustand/middleware"
import type {
} from "@/types"
export const useSessionStore = create<SessionState>()(
        // Persist per-user to the backend (lazy import avoids a circular dep).
        void import("@/services/preferenceSync")
export const getUserPreferences = (): UserPreferences => {
export const getUserContext = (): string => {
