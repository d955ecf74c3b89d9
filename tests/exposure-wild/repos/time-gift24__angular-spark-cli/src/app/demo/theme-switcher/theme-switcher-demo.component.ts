import { Component, inject, signal } from '@angular/core';
import { AppThemeService, type AppVisualTheme, type ThemeMode } from '@app/shared/theme';
import { RouterLink } from '@angular/router';
export class ThemeSwitcherDemoComponent {
