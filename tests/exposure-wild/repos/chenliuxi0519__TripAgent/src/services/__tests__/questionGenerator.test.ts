import { describe, it, expect, beforeEach } from "vitest"
import {
} from "../questionGenerator"
import type { MissingInfo } from "../contextValidator"
      // startDate won't be set from "5天" as it has no date info
