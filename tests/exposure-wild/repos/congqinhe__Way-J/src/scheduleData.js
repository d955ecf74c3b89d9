export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
export const BlockCategory = {
export const StatusCategory = {
export const CATEGORY_TAGS = {
export const scheduleBlocks = [
export const REMOVED_OVERRIDE_TITLE = '__REMOVED__';
export function findTemplateBlock(weekday, start) {
export function loadOverrides() {
export function saveOverrides(overrides) {
export function getCurrentBlock(date = new Date()) {
export function getBlocksByWeekday() {
export function getScheduleSummary() {
