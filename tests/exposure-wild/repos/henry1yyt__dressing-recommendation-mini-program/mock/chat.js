export function connectSocket() {
export function fetchUnreadNum() {
export function fetchMessageList() {
export function markMessagesRead(userId) {
