import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { parsePlaceholderVariablesMessages } from "../src/parserPlaceholder"
