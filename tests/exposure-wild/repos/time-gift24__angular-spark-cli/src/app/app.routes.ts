import { Routes } from '@angular/router';
export const routes: Routes = [
      import('./landing/landing-page.component').then((m) => m.LandingPageComponent),
      import('./shared/layout/main-layout.component').then((m) => m.MainLayoutComponent),
          import('./demo/button/demo-button-page.component').then((m) => m.DemoButtonPageComponent),
          import('./demo/input/input-demo.component').then((m) => m.InputDemoComponent),
          import('./demo/card/card-demo.component').then((m) => m.CardDemoComponent),
          import('./demo/badge/badge-demo.component').then((m) => m.BadgeDemoComponent),
          import('./demo/separator/separator-demo.component').then((m) => m.SeparatorDemoComponent),
          import('./demo/switch/switch-demo.component').then((m) => m.SwitchDemoComponent),
          import('./demo/sheet/sheet-demo.component').then((m) => m.SheetDemoComponent),
          import('./demo/checkbox/checkbox-demo.component').then((m) => m.CheckboxDemoComponent),
          import('./demo/tabs/tabs-demo.component').then((m) => m.TabsDemoComponent),
          import('./demo/tooltip/tooltip-demo.component').then((m) => m.TooltipDemoComponent),
          import('./demo/avatar/avatar-demo/avatar-demo').then((m) => m.AvatarDemoComponent),
          import('./demo/alert/alert-demo.component').then((m) => m.AlertDemoComponent),
          import('./demo/progress/progress-demo/progress-demo').then(
          import('./demo/skeleton/skeleton-demo/skeleton-demo').then(
          import('./demo/table/table-demo/table-demo').then((m) => m.TableDemoComponent),
          import('./demo/slider/slider-demo/slider-demo').then((m) => m.SliderDemoComponent),
          import('./demo/liquid-glass/liquid-glass-demo.component').then(
          import('./demo/context-menu/context-menu-demo.component').then(
          import('./demo/session-tabs-bar/demo-session-tabs-bar.component').then(
          import('./demo/session-tabs-and-input/demo-session-tabs-and-input.component').then(
          import('./demo/session-chat-container/demo-session-chat-container.component').then(
          import('./demo/streaming-markdown/demo-streaming-markdown.component').then(
          import('./demo/llm-chat/llm-chat.component').then((m) => m.LlmChatComponent),
          import('./demo/ai-chat-panel/demo-ai-chat-panel.component').then(
          import('./demo/textarea/textarea-demo.component').then((m) => m.TextareaDemoComponent),
          import('./demo/select/select-demo.component').then((m) => m.SelectDemoComponent),
          import('./demo/radio-group/radio-group-demo.component').then(
          import('./demo/input-otp/input-otp-demo.component').then((m) => m.InputOtpDemoComponent),
          import('./demo/field/field-demo.component').then((m) => m.FieldDemoComponent),
          import('./demo/empty/empty-demo').then((m) => m.EmptyDemoComponent),
          import('./demo/spinner/spinner-demo').then((m) => m.SpinnerDemoComponent),
          import('./demo/kbd/kbd-demo').then((m) => m.KbdDemoComponent),
          import('./demo/alert-dialog/alert-dialog-demo').then(
          import('./demo/theme-switcher/theme-switcher-demo.component').then(
          import('./demo/dropdown-menu/dropdown-menu-demo.component').then(
          import('./demo/input-group/input-group-demo.component').then(
          import('./demo/combobox-demo/combobox-demo.component').then((m) => m.ComboboxDemoComponent),
          import('./demo/collapsible/collapsible-demo.component').then(
          import('./demo/dialog/dialog-demo.component').then(
          import('./demo/popover/popover-demo.component').then(
          import('./demo/scroll-area/scroll-area-demo.component').then(
          import('./demo/drawer/drawer-demo.component').then(
          import('./demo/sonner/sonner-demo.component').then((m) => m.SonnerDemoComponent,
          import('./demo/command/command-demo.component').then(
          import('./demo/navmenu/navmenu-demo.component').then(
          import('./demo/navmenu/navmenu-demo.component').then(
          import('./demo/hover-card/hover-card-demo.component').then(
          import('./demo/button-group/button-group-demo.component').then(
