import { describe, it, expect, vi, beforeEach } from "vitest"
import fileModule, { setFilePluginOptions } from "../src/plugin-file"
import type { AttachmentElement } from "../src/types"
  it("should export correct module shape", () => {
