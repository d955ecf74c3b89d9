import { ComponentTemplate } from '../types/button-demo.types';
export const buttonVariants: ComponentTemplate[] = [
export const buttonSizes: ComponentTemplate[] = [
export const buttonIconSizes: ComponentTemplate[] = [
export const buttonStates: ComponentTemplate[] = [
export const buttonValidationStates: ComponentTemplate[] = [
export const buttonWithIcons: ComponentTemplate[] = [
export const iconPaths: Record<string, { path: string; viewBox: string }> = {
export function getIconSvg(iconName: string): string {
