import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { FieldComponent, InputComponent, LabelComponent } from '@app/shared/ui';
export class FieldDemoComponent {
