import { metricsCollector } from '../observability/metrics-collector'
export interface LearningRecord {
export interface KStarLearningData {
export interface FormulationPatternData {
export interface CenterToolPatternData {
export interface SceneFailureAnalysis {
export interface ProtocolInsight {
export class ProtocolLearningEngine {
export const protocolLearningEngine = new ProtocolLearningEngine()
