import type { DB_Message, DB_Session } from "@pure/database/schemas"
export interface LOGIN_OPTIONS {
export interface GET_MESSAGE_LIST_OPTIONS {
export interface GET_MESSAGE_LIST_HOPPING_OPTIONS {
export interface GET_CONVERSATION_LIST_OPTIONS {
export interface DELETE_CONVERSATION_OPTIONS {
export interface GET_GROUP_PROFILE_OPTIONS {
export interface CREATE_GROUP_OPTIONS {
export interface ProfileBase {
export interface Profile extends ProfileBase {
export interface PIN_CONVERSATION_OPTIONS {
export interface SET_MESSAGE_REMIND_TYPE_OPTIONS {
export type UPDATE_YOUR_PROFILE_OPTIONS = Partial<ProfileBase>
export interface MESSAGE_OPTIONS {
export interface TRANSLATE_TEXT_OPTIONS {
export declare class ChatSDK {
export interface CREATE_OPTIONS {
export interface TencentCloudChat {
export default TencentCloudChat
