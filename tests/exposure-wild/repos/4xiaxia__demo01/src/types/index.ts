export type AgentRole = 'A' | 'B' | 'C' | 'D' | 'USER' | 'SYSTEM';
export type InputType = 'voice' | 'text' | 'image';
export type IntentCategory =
export const INTENT_TO_CATEGORY: Record<IntentCategory, 'price' | 'info' | 'chitchat'> = {
export type DataSource = 'hot_cache' | 'database' | 'ai_fallback' | 'timeout_fallback' | 'cache' | 'ai' | 'chitchat_response' | 'ai_qwen_tools';
export type AgentStatus = 'idle' | 'processing' | 'error' | 'offline';
export type ActionA =
export type ActionB =
export type ActionC =
export type ActionD =
export type ActionType = ActionA | ActionB | ActionC | ActionD;
export type KnowledgeCategory =
export interface KnowledgeItem {
export interface SearchRequest {
export interface SearchResult {
export interface MessageData {
export interface Message {
export interface Session {
export interface HotQA {
export interface MerchantHotQAs {
export interface UserQueryRecord {
export function generateId(): string {
export function generateTraceId(): string {
export function createMessage(
export function createNotifyD(
