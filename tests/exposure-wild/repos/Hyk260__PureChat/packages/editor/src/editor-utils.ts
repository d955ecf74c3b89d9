import { documentExts, textExts } from "@pure/const"
import { fileToBase64, formatSize, getFileType } from "@pure/utils"
import type { IDomEditor } from "@wangeditor/editor"
import type { AttachmentElement, EmojiElement, ImageElement, MentionElement } from "./types"
export const TEXT_FILE_EXTENSIONS = new Set([...textExts, ...documentExts])
export const isTextFile = (fileName: string): boolean => {
export const createMediaElement = (type: string, props: Record<string, unknown> = {}) => ({
export const handleAssistantFile = async (file: File, editor: IDomEditor) => {
export const handleString = (item: DataTransferItem, editor: IDomEditor): void => {
export const insertEmoji = (option: { url: string; item: string }, editor: IDomEditor) => {
export const customAlert = (s: string, t: string): void => {
export const handleEditorKeyDown = (enabled: boolean): void => {
export const isVideoFile = (fileName: string): boolean => {
export const extractEmojiInfo = (editor: IDomEditor): string => {
export const extractImageInfo = (editor: IDomEditor): { images: ImageElement[] } => {
export const extractFilesInfo = (editor: IDomEditor): { files: AttachmentElement[] } => {
export const extractVideoInfo = (editor: IDomEditor): { video: AttachmentElement[] } => {
export const extractAitInfo = (
export const MAX_FILE_SIZE_MB = 100
export const MAX_FILE_SIZE_BYTES = MAX_FILE_SIZE_MB * 1024 * 1024
export interface FileHandlerCallbacks {
export interface HandleFilesOptions {
export const handleFiles = async (
export const handlePaste = (
export const handleFileDrop = (event: DragEvent, onFile?: (file: File, type: "image" | "file") => void): void => {
export const insertMention = (options: {
