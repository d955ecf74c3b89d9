import type { GroupMemberType as GroupMember } from "@pure/database/schemas"
export const linkifyUrls = (text: string, options?: LinkifyOptions): string => {
export const MENTION_REGEX = /@([a-zA-Z0-9_\u4e00-\u9fa5-]+)/g
export interface LinkSegment {
export const hasLink = (text: string): boolean => {
export const isValidUrl = (text: string): boolean => {
export function linkifySegment(text: string, atUserList: GroupMember[] | []): LinkSegment[] {
