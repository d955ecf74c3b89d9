import { createStore, del, get, set } from "idb-keyval"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { BrowserS3Storage } from "./index"
