export interface AnnotationProfile {
export interface Annotation {
export interface AnnotationChange {
export interface HistoryState {
export interface HistoryLabel {
export type HistoryLabelValue = string | HistoryLabel;
export interface HistoryTextPayload {
export interface HistoryInvokeAction {
export interface HistoryInvokePayload {
export type HistoryPayload = HistoryTextPayload | HistoryInvokePayload;
export interface HistoryOperation {
export interface HistoryRecordResult {
export interface HistoryTakeResult {
export interface DatasetImage {
export interface ThumbnailUpdate {
export interface FolderAnnotationData {
export type DatasetSourceKind = "asset" | "database" | "folder";
export interface DatasetProject {
export interface ImportSummary {
export interface ImportPreview {
export interface ImportFailure {
export interface ImportWarning {
export interface ImportReport {
export interface ImportProgress extends ImportSummary {
export interface FolderImageImportPreview {
export interface FolderImageImportSummary {
export interface ProblemItemCheckSummary {
export interface ExportPreview {
export interface ExportProgress {
export interface ExportDatasetRequest {
export interface DatabaseExportRequest {
export interface DatabaseExportProgress {
export interface DatabaseImportRequest {
export interface DatabaseImportResult {
export interface ExportPreset {
export interface AppErrorPayload {
