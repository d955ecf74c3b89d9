import {
} from '../types.js';
import { HandwritingTranscriptionOutput } from '../schemas/handwritingSchema.js';
import { VisualRelationsOutput } from '../schemas/visualRelationsSchema.js';
import { TableReconstructionOutput } from '../schemas/tableReconstructionSchema.js';
import { SummaryPlanOutput } from '../schemas/summaryPlanSchema.js';
import { SectionSummaryOutput } from '../schemas/sectionSummarySchema.js';
import { FinalSynthesisOutput } from '../schemas/finalSynthesisSchema.js';
import { RepairSectionOutput } from '../schemas/repairSectionSchema.js';
export class MockOcrProvider implements OcrProvider {
export class MockVisionProvider implements VisionProvider {
export class MockPlanningProvider implements PlanningProvider {
export class MockSummaryProvider implements SummaryProvider {
