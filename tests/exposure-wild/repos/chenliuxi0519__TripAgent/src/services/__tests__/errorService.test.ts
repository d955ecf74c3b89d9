import { describe, it, expect, vi } from "vitest"
import {
} from "../errorService"
    it("should export error report", () => {
