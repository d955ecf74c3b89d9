const OPENAI_API_KEY = process.env.NEXT_PUBLIC_OPENAI_API_KEY || "";
export async function transcribeAudio(audioBlob: Blob): Promise<string> {
export interface TaskGenerationOptions {
export interface GeneratedTask {
export async function generateTask(options: TaskGenerationOptions): Promise<GeneratedTask[]> {
export interface SpeechEvaluationRequest {
export interface SpeechEvaluationResult {
export async function evaluateSpeech(
export interface BossDialogue {
export async function generateBossDialogue(
