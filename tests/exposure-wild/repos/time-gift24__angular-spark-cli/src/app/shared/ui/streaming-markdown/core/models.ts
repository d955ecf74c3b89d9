import { Signal } from '@angular/core';
export interface MarkdownBlockBase {
export interface ParagraphBlock extends MarkdownBlockBase {
export interface HeadingBlock extends MarkdownBlockBase {
export interface CodeBlock extends MarkdownBlockBase {
  highlightResult?: import('@angular/core').Signal<HighlightResult | null>;
export interface MarkdownListItem {
export interface ListBlock extends MarkdownBlockBase {
export interface BlockquoteBlock extends MarkdownBlockBase {
export interface TableBlock extends MarkdownBlockBase {
export interface ThematicBreakBlock extends MarkdownBlockBase {
export interface HtmlBlock extends MarkdownBlockBase {
export interface FootnoteDefBlock extends MarkdownBlockBase {
export interface UnknownBlock extends MarkdownBlockBase {
export interface RawBlock extends MarkdownBlockBase {
export interface CustomBlock extends MarkdownBlockBase {
export type MarkdownBlock =
export function isCodeBlock(block: MarkdownBlock): block is CodeBlock {
export function isHeadingBlock(block: MarkdownBlock): block is HeadingBlock {
export function isListBlock(block: MarkdownBlock): block is ListBlock {
export function isBlockquoteBlock(block: MarkdownBlock): block is BlockquoteBlock {
export function isTableBlock(block: MarkdownBlock): block is TableBlock {
export function isParagraphBlock(block: MarkdownBlock): block is ParagraphBlock {
export function isThematicBreakBlock(block: MarkdownBlock): block is ThematicBreakBlock {
export function isHtmlBlock(block: MarkdownBlock): block is HtmlBlock {
export function isFootnoteDefBlock(block: MarkdownBlock): block is FootnoteDefBlock {
export function isUnknownBlock(block: MarkdownBlock): block is UnknownBlock {
export function isRawBlock(block: MarkdownBlock): block is RawBlock {
export function isCustomBlock(block: MarkdownBlock): block is CustomBlock {
export enum BlockType {
export type StreamingStatus = 'idle' | 'streaming' | 'completed' | 'error';
export interface MarkdownInline {
export interface SyntaxToken {
export interface CodeLine {
export interface HighlightResult {
export interface StreamingState {
export interface ParserResult {
export interface VirtualScrollConfig {
export interface VirtualWindow {
export const DEFAULT_VIRTUAL_SCROLL_CONFIG: VirtualScrollConfig = {
export const createEmptyState = (): StreamingState => ({
