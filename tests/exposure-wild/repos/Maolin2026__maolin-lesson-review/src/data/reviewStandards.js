export const REVIEW_DIMENSIONS = [
export const GOOD_CLASS_DIMENSIONS = [
export function getAllStandards(type) {
export const TOTAL_MAX_SCORE = getAllStandards("lesson_plan").reduce((sum, s) => sum + s.maxScore, 0)
export const GOOD_CLASS_TOTAL_SCORE = getAllStandards("class_recording").reduce((sum, s) => sum + s.maxScore, 0)
export const REVIEW_TYPES = {
export const REVIEW_TYPE_OPTIONS = [
export const PASS_SCORE = 85
export const RATING_LEVELS = [
export function getRating(score) {
export function buildReviewPrompt(type, teacherName, grade, subject, content) {
