export function buildTypeSelectionModal() {
export function buildFormModal(type) {
export function buildAnnouncementResult(result, type) {
export function buildCopyDM(part, content) {
export function buildEditModal(type, currentData) {
export function buildLoadingMessage(message = '生成中... / Generating...') {
export function buildErrorMessage(error) {
export function parseFormData(view, type) {
