import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { isArc, isSonomaOrLaterSafari } from "../src/platform"
