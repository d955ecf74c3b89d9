export enum WorkflowNodeType {
export interface WorkflowState {
export interface ParsedInput {
export interface Entity {
export type ExperimentIntent = 
export type ExperimentType =
export interface PhysicsParameters {
export interface PhysicsObject {
export interface EnvironmentConfig {
export interface PhysicsLaw {
export interface ExperimentScene {
export interface PhysicsCalculations {
export interface CalculationStep {
export interface EnergyAnalysis {
export interface Model3DData {
export interface GeometryData {
export interface MaterialData {
export interface AnimationData {
export interface Keyframe {
export interface ValidationResult {
export interface ExperimentOutput {
export interface InteractiveControl {
export interface WorkflowError {
export abstract class WorkflowNode {
export class InputParserNode extends WorkflowNode {
export class IntentRecognitionNode extends WorkflowNode {
export class ExperimentClassifierNode extends WorkflowNode {
export class ParameterExtractorNode extends WorkflowNode {
export class PhysicsLawMatcherNode extends WorkflowNode {
export class SceneBuilderNode extends WorkflowNode {
export class PhysicsCalculatorNode extends WorkflowNode {
export class ModelGeneratorNode extends WorkflowNode {
export class AnimationGeneratorNode extends WorkflowNode {
export class DescriptionGeneratorNode extends WorkflowNode {
export class ResultValidatorNode extends WorkflowNode {
export class OutputFormatterNode extends WorkflowNode {
export class WorkflowEngine {
export const workflowEngine = new WorkflowEngine();
