import { App, FuzzyMatch, FuzzySuggestModal, Modal } from 'obsidian'
import { ApiCallInfo } from './apiCall'
import { t } from './lang/helper'
import { ERROR_MARK } from './mark'
import { PromptTemplate } from './prompt'
export class PromptTemplatesModal extends FuzzySuggestModal<PromptTemplate> {
export class ApiCallInfoModal extends Modal {
