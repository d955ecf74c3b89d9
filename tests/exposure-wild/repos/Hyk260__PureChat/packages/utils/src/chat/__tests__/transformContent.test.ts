import { describe, it, expect, vi, beforeEach } from "vitest"
import { transformContent } from "../transformContent"
import { convertBlobUrlToDataUrl, safeParseJSON } from "@pure/utils"
import type { DB_Message } from "@pure/database/schemas"
  const actual = await importOriginal<typeof import("@pure/utils")>()
