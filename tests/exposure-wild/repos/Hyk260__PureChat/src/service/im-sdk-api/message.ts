import tim from "@/service/chat/PureChatService"
import { fileUploading, extractUserId } from "@/utils/chat"
import { getCustomMsgContent } from "@/utils/common"
import { updateImageSize, createReplyMessageCustomData } from "@pure/utils"
import type { DB_Message, ChatSchemaType } from "@pure/database/schemas"
export const sendMessage = async (params: DB_Message) => {
export const createCustomMessage = (params) => {
export const createTextMessage = (params) => {
export const createTextAtMessage = (params) => {
export const createImageMessage = async (params: { to: string; type: ChatSchemaType; file: File }) => {
export const createFileMessage = (params: { to: string; type: ChatSchemaType; file: File; path?: string }) => {
export const createVideoMessage = (params) => {
export const createMergerMessage = (params) => {
export const createForwardMessage = (params) => {
export const downloadMergerMessage = async (message) => {
