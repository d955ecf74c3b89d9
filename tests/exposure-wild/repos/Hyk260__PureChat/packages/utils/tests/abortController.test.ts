import { describe, expect, it, beforeEach, vi } from "vitest"
import {
} from "../src/abortController"
