import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ButtonComponent } from '@app/shared/ui/button/button.component';
import { InputComponent } from '@app/shared/ui/input/input.component';
import { BadgeComponent } from '@app/shared/ui/badge/badge.component';
import { SeparatorComponent } from '@app/shared/ui/separator/separator.component';
import { SwitchComponent } from '@app/shared/ui/switch/switch.component';
import { CardComponents } from '@app/shared/ui/card/card.component';
import {
} from '@app/shared/ui/sheet';
export class LandingPageComponent {
