import EventEmitter from "events";
import type { Message } from "./types";
export const anpBus = new ANPBus();
