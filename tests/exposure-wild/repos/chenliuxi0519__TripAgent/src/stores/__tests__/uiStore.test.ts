import { describe, it, expect, afterEach } from "vitest"
import { useUiStore } from "../uiStore"
    it("should export store hook", () => {
