import type { CalendarEvent, CalendarResult } from '../types/calendar';
export function generateICSContent(event: CalendarEvent): string {
export function downloadCalendarFile(event: CalendarEvent): Promise<CalendarResult> {
export function isDownloadSupported(): boolean {
export async function copyCalendarEvent(event: CalendarEvent): Promise<CalendarResult> {
export async function addCalendarEvent(event: CalendarEvent): Promise<CalendarResult> {
