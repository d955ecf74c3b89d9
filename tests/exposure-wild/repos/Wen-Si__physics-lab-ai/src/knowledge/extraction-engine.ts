import {
} from './physics-graph';
export interface ExtractionResult {
export function extractKnowledgeGraph(
export function getGraphStats(graph: KnowledgeGraph): Record<string, number> {
export function getNodeImportance(nodeId: string, graph: KnowledgeGraph): number {
export const FULL_KNOWLEDGE_GRAPH: KnowledgeGraph = {
