import { HandwritingTranscriptionOutput } from './schemas/handwritingSchema.js';
import { VisualRelationsOutput } from './schemas/visualRelationsSchema.js';
import { TableReconstructionOutput } from './schemas/tableReconstructionSchema.js';
import { SummaryPlanOutput } from './schemas/summaryPlanSchema.js';
import { SectionSummaryOutput } from './schemas/sectionSummarySchema.js';
import { FinalSynthesisOutput } from './schemas/finalSynthesisSchema.js';
import { RepairSectionOutput } from './schemas/repairSectionSchema.js';
export interface AIProviderCallParams<TInput = unknown> {
export interface AIProviderResponse<TOutput = unknown> {
export interface OcrProvider {
export interface VisionProvider {
export interface PlanningProvider {
export interface SummaryProvider {
