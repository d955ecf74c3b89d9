import dayjs, { locale } from "dayjs"
import "dayjs/locale/zh-cn"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { formatTimestamp, timeFormat } from "../src/timeFormat"
