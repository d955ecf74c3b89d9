import type { MarkdownBlock } from './models';
export type ErrorSeverity = 'critical' | 'high' | 'medium' | 'low';
export enum ComponentErrorType {
export type ErrorCode =
export type ErrorCategory =
export interface StreamingMarkdownError {
export interface ComponentError {
export type ErrorInput = StreamingMarkdownError | ComponentError;
export type HighlightingError = StreamingMarkdownError;
export interface InitializationError extends StreamingMarkdownError {
export interface HighlightingExecutionError extends StreamingMarkdownError {
export interface UnsupportedLanguageError extends StreamingMarkdownError {
export interface ThemeError extends StreamingMarkdownError {
export interface ErrorHandlerResult {
export interface IErrorHandler {
export interface ErrorBoundaryState {
export interface RetryConfig {
export interface ErrorLogEntry {
export interface ErrorLoggerConfig {
export type RecoveryStrategy = 'fallback' | 'retry' | 'skip' | 'abort';
export interface RecoveryResult {
export interface IErrorFactory {
