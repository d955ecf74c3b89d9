import { isLeft } from 'fp-ts/Either'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/PathReporter'
import { parseYaml } from 'obsidian'
import { isHorizontalRuler, isUserMarkEnd, isUserMarkStart } from './mark'
export const Glm4 = 'glm-4',
	Glm40520 = 'glm-4-0520',
	Glm4Air = 'glm-4-air',
	Glm4Flash = 'glm-4-flash',
	Glm3Turbo = 'glm-3-turbo'
export const ImageGenerateParams = t.type({
export const ChatParams = t.partial({
		'glm-4': null,
		'glm-4-0520': null,
		'glm-4-air': null,
		'glm-4-flash': null,
		'glm-3-turbo': null,
export type ChatParams = t.TypeOf<typeof ChatParams>
export const KnowledgeChatParams = t.intersection([
export type KnowledgeChatParams = t.TypeOf<typeof KnowledgeChatParams>
export const ApiParams = t.union([ImageGenerateParams, ChatParams, KnowledgeChatParams])
export type ApiParams = t.TypeOf<typeof ApiParams>
export interface PromptTemplate {
export interface MultiRoundTemplate {
export const getTemplates = (fileContent: string): PromptTemplate[] => {
