import { describe, it, expect, beforeEach } from "vitest"
import { useTripStore } from "../tripStore"
import type { Trip, DayPlan, Activity, TripMetadata } from "@/types"
