import { t } from './lang/helper'
import {
} from './mark'
export interface UserMsgBlock {
export interface AssistantMsgBlock {
export type MsgBlock = UserMsgBlock | AssistantMsgBlock
export const findMultiRoundRange = (lines: string[], end: number): MultiRoundRange | null => {
export const findPreMsgBlocks = (lines: string[], start: number, end: number): MsgBlock[] => {
export const findMsgBlock = (lines: string[], start: number, end: number): MsgBlock | null => {
export const findBlockByCurrentLine = (lines: string[], current: number): UserMsgBlock | AssistantMsgBlock | null => {
export const findNextEmptyAssistBlock = (lines: string[], from: number) => {
