export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'fatal'
export interface LogData {
export interface TraceData {
export default backendLogService
