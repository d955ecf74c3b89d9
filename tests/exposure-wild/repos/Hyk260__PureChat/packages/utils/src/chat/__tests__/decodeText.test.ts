import { describe, it, expect } from "vitest"
import { decodeText } from "../decodeText"
