import { getStoredLocale, getT } from "./i18n";
const API_BASE = import.meta.env.VITE_API_BASE_URL ?? "";
export function getStoredToken(): string | null {
export function setStoredToken(token: string): void {
export function clearStoredToken(): void {
export interface StartResult {
export async function apiStart(idea: string, name?: string): Promise<StartResult> {
export interface IdeaResult {
export async function apiAppendIdea(sessionId: string, text: string): Promise<IdeaResult> {
export interface PrdResult {
export async function apiGeneratePrd(sessionId: string): Promise<PrdResult & { content?: string }> {
export interface StatusResult {
export async function apiStatus(sessionId: string): Promise<StatusResult> {
export interface DevRunResult {
export async function apiDevRun(
export interface DeployResult {
export async function apiDeploy(sessionId: string, env = "staging"): Promise<DeployResult> {
export async function apiHealth(): Promise<{ status: string }> {
export interface ProjectItem {
export interface ProjectsResult {
export async function apiProjects(): Promise<ProjectsResult> {
export interface AuthResult {
export async function apiRegister(email: string, password: string): Promise<AuthResult> {
export async function apiLogin(email: string, password: string): Promise<AuthResult> {
export async function apiMe(): Promise<{ email: string; is_admin: boolean }> {
export async function apiJoinWaitingList(email: string, idea: string) {
export async function apiLogout(): Promise<void> {
export interface SystemSetting {
export async function apiGetAdminSettings(): Promise<SystemSetting[]> {
export async function apiUpdateAdminSetting(key: string, value: string): Promise<{ ok: boolean }> {
export async function apiGetProviders(): Promise<string[]> {
export type ProviderModel = {
export type ProviderInfo = {
export async function apiGetProvidersInfo(): Promise<Record<string, ProviderInfo>> {
export function apiDevStream(sessionId: string): EventSource {
export async function apiDevFiles(sessionId?: string): Promise<any[]> {
export async function apiDevFileContent(path: string, sessionId?: string): Promise<string> {
