import {
} from '../config/api'
import type { RequestResult, ApiResponse } from '../types'
export function generateImage(
export function createVideoTask(
export function queryVideoTask(apiKey: string, videoId: string): RequestResult<ApiResponse> {
export function imageToPrompt(
export async function uploadToImgbb(file: File): Promise<string> {
