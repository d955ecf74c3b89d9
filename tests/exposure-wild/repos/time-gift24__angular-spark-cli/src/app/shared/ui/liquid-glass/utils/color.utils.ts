import {
} from '@app/shared/ui/liquid-glass/types/liquid-glass.types';
export function resolveColorValue(color: string, element: HTMLElement): string {
export function isOKLCHColor(color: string): boolean {
export function buildGlassGradient(
export function isValidColor(color: string): boolean {
