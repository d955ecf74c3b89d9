export function listenWheel(id, mobile = false, distance = 0) {
export function removeListenWheel(id, mobile = false, distance = 0) {
export function scrollBottom(id) {
export function clearScrollBottomTimer() {
