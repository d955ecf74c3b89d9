export { contextEngineering } from "./contextEngineering"
