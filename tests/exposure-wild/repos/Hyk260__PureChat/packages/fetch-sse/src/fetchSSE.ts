// import OpenAI from "openai"
import { MESSAGE_CANCEL_FLAT } from "@pure/const"
import {
} from "@pure/types"
import { fetchEventSource, nanoid } from "@pure/utils"
import { getMessageError } from "./parseError"
export interface contextParams {
export type OnFinishHandler = (text: string, context?: contextParams) => Promise<void>
export interface MessageUsageChunk {
export interface MessageTextChunk {
export interface MessageStopChunk {
export interface MessageSpeedChunk {
export interface MessageBase64ImageChunk {
export interface MessageReasoningChunk {
export interface FetchSSEOptions {
export interface FetchOptions extends FetchSSEOptions {
export const standardizeAnimationStyle = (
export const fetchSSE = async (url: string, options: RequestInit & FetchSSEOptions = {}) => {
