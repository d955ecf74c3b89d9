export function dayLabelToDate(label: string): string {
export function dateToDayLabel(dateStr: string): string {
export function getCurrentWeekRange(): { from: string; to: string } {
export function getWeekRangeForDay(dayLabel: string): { from: string; to: string } {
