import { describe, it, expect, beforeEach } from "vitest"
import {
} from "../contextValidator"
import type { UserPreferences } from "@/types"
    it("should export default contextValidator", () => {
