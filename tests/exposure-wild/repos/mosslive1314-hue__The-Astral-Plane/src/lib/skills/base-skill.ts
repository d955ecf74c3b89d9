import { SkillInterface, SkillContext, SkillResult, SkillExecutionConfig } from '@/types/skill'
export abstract class BaseSkill implements SkillInterface {
    model: 'glm-4-flash',
    model: 'glm-4-flash',
    return (process.env.NEXT_PUBLIC_APP_URL || 'http://localhost:3000') + path
