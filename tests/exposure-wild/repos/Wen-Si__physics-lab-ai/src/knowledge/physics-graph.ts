export type PalantirObjectType =
export type PalantirLinkType =
export interface KnowledgeNode {
export interface KnowledgeEdge {
export interface KnowledgeGraph {
export const PHYSICS_NODES: KnowledgeNode[] = [
export const PHYSICS_EDGES: KnowledgeEdge[] = [
export const PHYSICS_KNOWLEDGE_GRAPH: KnowledgeGraph = {
export const EXPERIMENT_KNOWLEDGE_MAP: Record<string, {
export function searchNodes(keywords: string[]): KnowledgeNode[] {
export function getSubgraph(nodeIds: string[], depth: number = 2): KnowledgeGraph {
export function getKnowledgeForExperimentType(experimentType: string): KnowledgeGraph {
export function getKnowledgeForScene(sceneType: string): KnowledgeGraph {
