import type { ConfidenceLevel } from './heuristic';
export type EvidenceTier =
export type ToxicityLevel =
export type EdibilityStatus =
export interface Evidence {
export interface Candidate {
export interface SafetyWarning {
export interface LookalikeWarning {
export interface SafetyAssessment {
export interface EdibilityInfo {
export interface SuggestedAction {
export interface AmbiguityFlag {
export interface ActivatedHeuristic {
export interface FollowUpQuestion {
export interface IdentificationResult {
export type RuleRelevance = 'active' | 'deprioritised' | 'inactive';
export interface RuleActivation {
export interface DisambiguationQuestion {
