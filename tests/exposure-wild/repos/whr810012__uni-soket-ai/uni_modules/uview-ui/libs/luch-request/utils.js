export function isArray(val) {
export function isObject(val) {
export function isDate(val) {
export function isURLSearchParams(val) {
export function forEach(obj, fn) {
export function isBoolean(val) {
export function isPlainObject(obj) {
export function deepMerge(/* obj1, obj2, obj3, ... */) {
export function isUndefined(val) {
