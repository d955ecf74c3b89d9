import { describe, it, expect, vi } from "vitest"
import mentionModule from "../src/plugin-mention"
import type { MentionElement } from "../src/types"
  it("should export correct module shape", () => {
