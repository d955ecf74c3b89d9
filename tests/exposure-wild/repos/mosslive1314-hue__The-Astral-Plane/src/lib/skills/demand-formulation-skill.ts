import { BaseSkill } from './base-skill'
import { SkillContext, SkillResult } from '@/types/skill'
export class DemandFormulationSkill extends BaseSkill {
