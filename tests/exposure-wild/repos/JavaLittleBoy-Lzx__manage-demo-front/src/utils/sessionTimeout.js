export function getSessionManager(timeout = DEFAULT_TIMEOUT) {
export function initSessionTimeout(timeout = DEFAULT_TIMEOUT, onTimeout = null) {
export function resetSession() {
export default SessionTimeoutManager;
