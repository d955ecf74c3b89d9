import { describe, it, expect, beforeEach, afterEach } from "vitest"
import { useSessionStore, getUserPreferences, getUserContext } from "../sessionStore"
