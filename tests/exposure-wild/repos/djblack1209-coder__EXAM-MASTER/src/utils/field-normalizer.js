export function toSnakeCase(str) {
export function toCamelCase(str) {
export function keysToSnakeCase(obj) {
export function keysToCamelCase(obj) {
export function normalizeMistake(item) {
export function normalizeMistakes(items) {
export function offlineMistakeToBackend(cached) {
