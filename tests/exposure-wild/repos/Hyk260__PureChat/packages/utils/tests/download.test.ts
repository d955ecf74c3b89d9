import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { download } from "../src/download"
