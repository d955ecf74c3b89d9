import { describe, expect, it } from "vitest"
import { sanitizeSVGContent } from "../src/sanitize"
        <script>alert('XSS')</script>
    expect(sanitized).not.toContain("<script>")
          <script>malicious()</script>
