export { browserDB } from "./db"
