import { describe, it, expect } from "vitest"
import { StreamService } from "../streamService"
