import { create } from "zustand"
import type { Trip, DayPlan, Activity, TripMetadata, TripStatus } from "@/types"
import { tauriStorageService } from "@/services/tauriService"
import { useAuthStore } from "@/stores/authStore"
import {
} from "@/services/backendApi"
import { toast } from "sonner"
import { t } from "@/i18n"
export const useTripStore = create<TripState>((set, get) => ({
      if (import.meta.env.DEV) {
      if (import.meta.env.DEV) {
