import { describe, it, expect, beforeEach, vi } from "vitest"
import { useVerifyCode } from "../useVerifyCode"
