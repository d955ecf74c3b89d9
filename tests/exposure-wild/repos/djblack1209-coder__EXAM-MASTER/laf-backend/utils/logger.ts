const IS_PRODUCTION = process.env.NODE_ENV === 'production'
const currentLevel = process.env.LOG_LEVEL || (IS_PRODUCTION ? 'warn' : 'info')
export class Logger {
export function createLogger(requestId?: string): Logger {
export const logger = new Logger()
export const log = {
export class Timer {
export default {
