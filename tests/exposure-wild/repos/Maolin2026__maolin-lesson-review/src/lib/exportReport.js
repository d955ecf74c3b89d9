import { REVIEW_TYPES } from "../data/reviewStandards"
export function exportReportToWord(review) {
export function exportReportToPDF(review) {
export async function exportReportToImage(review) {
    const { default: html2canvas } = await import("html2canvas")
