import tim from "@/service/chat/PureChatService"
import { extractUserId, extractUserIdList } from "@/utils/chat"
export const GroupType = {
export const GroupTypeMap = {
export type ModifyTypeValue = (typeof ModifyType)[keyof typeof ModifyType]
export interface CreateGroupParams {
export interface UpdateGroupProfileParams {
export const dismissGroup = async (groupId: string) => {
export const createGroup = async (params: CreateGroupParams, type = GroupType.GRP_PUBLIC) => {
export const quitGroup = async (params: { groupId: string }) => {
export const getGroupMemberList = async (params: { groupID: string; count?: number; offset?: number }) => {
export const updateGroupProfile = async (params: UpdateGroupProfileParams) => {
export const addGroupMember = async (params: { groupID: string; user: string | string[] }) => {
export const deleteGroupMember = async (params: { groupID: string; user: string | string[] }) => {
export const getGroupList = async () => {
export const getGroupProfile = async (params: { groupID: string }) => {
