import { glmService } from './glmService';
import { noteRetrievalService } from './noteRetrievalService';
import { NoteEntry } from '../data/notesKnowledgeBase';
export interface ChatResponse {
export class XiaotianSkillService {
      const response = await glmService.chat(messages, 'glm-4-flash');
export const xiaotianSkillService = new XiaotianSkillService();
