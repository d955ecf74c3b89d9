import { formatTitleLength } from "./genOG"
import type { DB_Message, MessageType, DB_Session } from "@pure/database/schemas"
import type { DraftData } from "@pure/editor/types"
export const isTime = (item: { isTimeDivider?: boolean; time?: string | number }) => {
export const getMessageItemClass = (item: DB_Message) => {
export const getMessageTypeClass = (type: MessageType) => {
export const validateLastMessage = (list: DB_Message[]): DB_Message | null => {
export const isNotify = (item: { messageRemindType?: string }) => {
export const isShowCount = (item: { unreadCount?: number }) => {
export const formatNewsMessage = (data: DB_Session, userID?: string) => {
export function checkTextNotEmpty(nodes: DraftData): boolean {
export const formatContent = (data: DraftData) => {
export const getMessageDisplayText = (item: Partial<DB_Message>): string => {
export const generateAbstractList = (item: DB_Message[]) => {
export const getAbstractContent = (data: Partial<DB_Message>): string => {
export const chatName = (item: DB_Session): string => {
export function prefix(key: string) {
export function getValueKey(array: any[], key: string) {
export function isFullStaffGroup(data: any) {
