import {
} from '@angular/core';
import { cn } from '@app/shared';
export class CommandComponent {
export class CommandTriggerDirective {
export class CommandItemComponent {
export class CommandInputComponent {
export class CommandListComponent {
export class CommandEmptyComponent {
export class CommandGroupComponent {
export class CommandSeparatorComponent {
export class CommandShortcutComponent {
export interface CommandEvent {
export type CommandShortcut = string;
export type CommandValue = string;
