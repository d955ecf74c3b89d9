import {
} from '@angular/core';
import { cn } from '@app/shared/utils';
export class DialogTriggerComponent {
export class DialogPortalComponent {
export class DialogOverlayComponent {
export class DialogCloseDirective {
export class DialogContentComponent implements OnDestroy {
export class DialogHeaderComponent {
export class DialogTitleComponent {
export class DialogDescriptionComponent {
export class DialogFooterComponent {
export class DialogComponent {
