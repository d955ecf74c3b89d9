export class SegmentProcessor {
export class KeywordExtractor {
export class TextSummarizer {
export class ResumeTextProcessor {
export function processResumeText(text, options = {}) {
export function extractKeywords(text) {
export function extractKeySections(text) {
export default {
