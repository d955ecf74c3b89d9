import debug from "debug"
import type {
} from "./types/streaming"
export class StreamingHandler {
