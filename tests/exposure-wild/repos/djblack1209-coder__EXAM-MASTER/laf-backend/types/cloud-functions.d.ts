export type LogFn = (...args: unknown[]) => void
export interface Logger {
export interface BaseDocument {
export interface PaginationParams {
export interface HandlerData extends PaginationParams {
export interface UserDocument extends BaseDocument {
export interface UserAchievement {
export interface LoginParams {
export interface WxUserInfo {
export interface LoginValidationResult {
export interface MistakeDocument extends BaseDocument {
export interface MistakeData {
export interface MistakeValidationResult {
export interface PkBattleDocument extends BaseDocument {
export interface PkQuestion {
export interface PlayerInfo {
export interface ClientInfo {
export interface AntiCheatResult {
export interface ResourceDocument extends BaseDocument {
export interface EnrichedResource extends ResourceDocument {
export interface LearningGoalDocument extends BaseDocument {
export interface GoalUpdateData {
export interface RankCacheEntry<T = unknown> {
export interface RankDocument extends BaseDocument {
export interface SubmitParams {
export interface SubmitValidationResult {
export interface StudyStatsDocument extends BaseDocument {
export type DbQuery = Record<string, unknown>
export type DbUpdateData = Record<string, unknown>
export interface IdempotencyResult {
export interface JwtPayload {
export interface ValidationResult {
