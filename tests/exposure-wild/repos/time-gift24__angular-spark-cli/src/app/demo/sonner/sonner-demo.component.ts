import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { SonnerService, type SonnerPosition, SonnerComponent } from '@app/shared/ui/sonner';
export class SonnerDemoComponent {
