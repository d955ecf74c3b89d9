import { describe, it, expect, beforeEach } from "vitest"
import { useQuestionStore } from "../questionStore"
import type { Question } from "../questionStore"
