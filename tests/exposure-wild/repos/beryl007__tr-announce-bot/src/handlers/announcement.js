import { buildTypeSelectionModal, buildFormModal, buildAnnouncementResult, buildCopyDM, buildLoadingMessage, buildErrorMessage, parseFormData } from '../lib/slack.js';
import { generateAnnouncement } from '../lib/zhipu.js';
import { loadGlossary } from '../lib/glossary.js';
export function initAnnouncementHandlers(app) {
