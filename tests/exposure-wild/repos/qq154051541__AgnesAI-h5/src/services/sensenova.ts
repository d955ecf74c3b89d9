import {
} from '../config/sensenova'
import type {
} from '../types'
export function sensenovaChat(
export function sensenovaChatStream(
export function sensenovaGenerateImage(
export function sensenovaImageToPrompt(
export async function uploadToImgbbSenseNova(file: File): Promise<string> {
