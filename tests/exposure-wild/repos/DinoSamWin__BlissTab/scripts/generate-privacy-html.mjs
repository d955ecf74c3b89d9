import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
} from "../src/privacyPolicyContent.js";
const __filename = fileURLToPath(import.meta.url);
