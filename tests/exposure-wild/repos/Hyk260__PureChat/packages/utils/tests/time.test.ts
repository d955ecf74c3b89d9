import dayjs from "dayjs"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import {
} from "../src/time"
