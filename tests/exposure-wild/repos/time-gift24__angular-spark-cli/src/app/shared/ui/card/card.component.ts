import { Component, input, computed, ChangeDetectionStrategy } from '@angular/core';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@app/shared';
export type CardSize = VariantProps<typeof cardVariants>['size'];
export class CardComponent {
export class CardHeaderComponent {
export class CardTitleComponent {
export class CardDescriptionComponent {
export class CardActionComponent {
export class CardContentComponent {
export class CardFooterComponent {
export const CardComponents = [
