import { AIProviderCallParams, AIProviderResponse, SummaryProvider } from '../types.js';
import { executeAiCallWithValidation } from './baseProvider.js';
import { SectionSummaryOutput, SectionSummarySchema } from '../schemas/sectionSummarySchema.js';
import { FinalSynthesisOutput, FinalSynthesisSchema } from '../schemas/finalSynthesisSchema.js';
import { RepairSectionOutput, RepairSectionSchema } from '../schemas/repairSectionSchema.js';
import { SECTION_SUMMARY_PROMPT_V1 } from '../prompts/section-summary/v1.js';
import { FINAL_SYNTHESIS_PROMPT_V1 } from '../prompts/final-synthesis/v1.js';
import { REPAIR_SECTION_PROMPT_V1 } from '../prompts/repair-section/v1.js';
import { providers } from '../../config/env.js';
export class DeepSeekSummaryProvider implements SummaryProvider {
