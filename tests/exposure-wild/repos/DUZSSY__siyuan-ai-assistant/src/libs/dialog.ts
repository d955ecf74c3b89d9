import { Dialog } from 'siyuan';
export function updateDialogTitle(dialog: Dialog | null | undefined, title: string): void {
export function showDialog(options: {
export function showConfirmDialog(options: {
