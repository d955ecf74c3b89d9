import { describe, expect, it } from "vitest"
import { StreamingResponse } from "../response"
