import { buildEditModal, buildAnnouncementResult, buildLoadingMessage, buildErrorMessage } from '../lib/slack.js';
import { reTranslateAfterEdit } from '../lib/zhipu.js';
import { loadGlossary } from '../lib/glossary.js';
export function initEditHandlers(app) {
