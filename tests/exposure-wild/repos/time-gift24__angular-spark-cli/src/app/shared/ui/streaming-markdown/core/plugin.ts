import { InjectionToken, Type } from '@angular/core';
import { MarkdownBlock, MarkdownInline } from './models';
import {
} from './marked-tokens';
export type PluginOverrideStrategy = 'replace' | 'preserve' | 'error';
export interface StreamdownSecurityPolicy {
export const DEFAULT_STREAMDOWN_SECURITY_POLICY: StreamdownSecurityPolicy = {
export const LEGACY_STREAMDOWN_SECURITY_POLICY: StreamdownSecurityPolicy = {
export interface BlockParserContext {
export interface InlineParserContext {
export interface BlockParseBase {
export interface TokenHandlerInput {
export interface InlineTokenHandlerInput {
export type BlockTokenHandler = (input: TokenHandlerInput) => MarkdownBlock | null | undefined;
export type InlineTokenHandler = (
export interface BlockParserExtension {
export interface InlineParserExtension {
export function defineBlockParserExtension(extension: BlockParserExtension): BlockParserExtension {
export function defineInlineParserExtension(extension: InlineParserExtension): InlineParserExtension {
export interface StreamdownPluginInput extends Omit<StreamdownPlugin, 'components'> {
export function createStreamdownPlugin(input: StreamdownPluginInput): StreamdownPlugin {
export function createParserExtensionPlugin(
export function createInlineParserExtensionPlugin(
export interface BlockRenderer {
export type BlockMatcher = (block: MarkdownBlock) => boolean;
export type BlockResolver = (block: MarkdownBlock) => string | null | undefined;
export interface RenderHookContext {
export type BeforeRenderHook = (context: RenderHookContext) => void;
export type AfterRenderHook = (context: RenderHookContext) => void;
export type PluginCounter =
export interface PluginConflictRecord {
export interface PluginObservabilitySnapshot {
export interface StreamdownPluginObservability {
export interface PluginLifecycleContext {
export type PluginLifecycleHook = (context: PluginLifecycleContext) => void | (() => void);
export interface StreamdownPlugin {
export interface BlockComponentRegistry {
export interface StreamdownPluginRuntime {
export const STREAMDOWN_PLUGINS = new InjectionToken<StreamdownPlugin[]>('STREAMDOWN_PLUGINS');
export const BLOCK_COMPONENT_REGISTRY = new InjectionToken<BlockComponentRegistry>('BLOCK_COMPONENT_REGISTRY');
export const STREAMDOWN_PLUGIN_RUNTIME = new InjectionToken<StreamdownPluginRuntime>('STREAMDOWN_PLUGIN_RUNTIME');
export const STREAMDOWN_SECURITY_POLICY = new InjectionToken<StreamdownSecurityPolicy>('STREAMDOWN_SECURITY_POLICY');
