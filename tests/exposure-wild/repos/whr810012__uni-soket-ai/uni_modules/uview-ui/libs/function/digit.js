 * @export
export function times(...nums) {
 * @export
export function plus(...nums) {
 * @export
export function minus(...nums) {
 * @export
export function divide(...nums) {
 * @export
export function round(num, ratio) {
 * @export
export function enableBoundaryChecking(flag = true) {
export default {
