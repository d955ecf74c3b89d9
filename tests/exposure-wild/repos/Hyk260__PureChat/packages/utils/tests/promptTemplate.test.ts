import { describe, expect, it } from "vitest"
import { hydrationPrompt } from "../src/promptTemplate"
