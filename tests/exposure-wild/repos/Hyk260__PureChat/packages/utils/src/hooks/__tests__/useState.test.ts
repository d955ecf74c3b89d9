import { describe, it, expect } from "vitest"
import { useState } from "../useState"
