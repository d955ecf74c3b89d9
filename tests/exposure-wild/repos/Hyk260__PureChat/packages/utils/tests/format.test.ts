import dayjs from "dayjs"
import { describe, expect, it } from "vitest"
import {
} from "../src/format"
