import { describe, expect, it, vi } from "vitest"
import { createBasicAuthCredentials, decodeFromBase64, encodeToBase64 } from "../src/base64"
