import apiClient from '@/lib/apiClient'
export type DoubaoGenerateParams = {
export type DoubaoGenerateResponse = {
export async function generateImage(params: DoubaoGenerateParams): Promise<DoubaoGenerateResponse> {
export type DoubaoMessageContent =
export type DoubaoMessage = {
export type DoubaoChatParams = {
export type DoubaoChatResponse = {
export async function chatCompletions(params: DoubaoChatParams): Promise<DoubaoChatResponse> {
export default { generateImage, chatCompletions }
export type DoubaoVideoContent =
export type DoubaoVideoCreateParams = {
export type DoubaoVideoTaskCreateResponse = {
export type DoubaoVideoTaskGetResponse = {
export async function createVideoTask(params: DoubaoVideoCreateParams): Promise<DoubaoVideoTaskCreateResponse> {
export async function getVideoTask(taskId: string): Promise<DoubaoVideoTaskGetResponse> {
export async function pollVideoTask(
export async function cancelVideoTask(taskId: string): Promise<DoubaoVideoTaskGetResponse> {
export async function listVideoTasks(
export async function downloadVideo(videoUrl: string, filename?: string): Promise<{
export function getVideoStatusDescription(status: string): string {
export const createTextContent = (text: string): DoubaoMessageContent => {
export const createImageContent = (url: string, detail: 'low' | 'high' | 'auto' = 'auto'): DoubaoMessageContent => {
export const createAudioContent = (url: string, format?: 'mp3' | 'wav' | 'ogg'): DoubaoMessageContent => {
export const createVideoContent = (url: string, format?: 'mp4' | 'avi' | 'mov'): DoubaoMessageContent => {
export const createFileContent = (url: string, format?: string): DoubaoMessageContent => {
export const createCodeContent = (code: string, language?: string): DoubaoMessageContent => {
export const createUserMessage = (content: DoubaoMessageContent[]): DoubaoMessage => {
export const createAssistantMessage = (content: DoubaoMessageContent[]): DoubaoMessage => {
export const createSystemMessage = (content: string): DoubaoMessage => {
export const video = { 
