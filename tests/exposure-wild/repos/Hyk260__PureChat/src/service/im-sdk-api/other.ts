import tim from "@/service/chat/PureChatService"
import { extractUserId } from "@/utils/chat"
import { PIN_CONVERSATION_OPTIONS, SET_MESSAGE_REMIND_TYPE_OPTIONS } from "@/types/tencent-cloud-chat"
import type { DB_Message, DB_Session } from "@pure/database/schemas"
// export const getFriendList = () => {
export const deleteMessage = async (params: DB_Message[]) => {
export const pinConversation = async (params: PIN_CONVERSATION_OPTIONS) => {
export const revokeMsg = async (params) => {
export const setMessageRemindType = async (params: DB_Session) => {
export const getConversationProfile = async ({ sessionId }: { sessionId: string }) => {
export const setMessageRead = (params: { unreadCount?: number; conversationID: string }) => {
export const deleteConversation = async (params) => {
export const clearHistoryMessage = async (sessionId: string) => {
export const translateText = async (params: { text: string; target?: string; source?: string }) => {
