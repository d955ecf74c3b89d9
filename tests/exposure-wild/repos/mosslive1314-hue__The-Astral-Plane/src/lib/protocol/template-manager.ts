import { SceneTemplate } from '@/types/scene'
export interface TemplateCategory {
export const TEMPLATE_CATEGORIES: TemplateCategory[] = [
export class TemplateManager {
export const templateManager = new TemplateManager()
