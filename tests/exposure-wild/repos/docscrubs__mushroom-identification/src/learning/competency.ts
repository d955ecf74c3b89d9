import type { CompetencyRecord, CompetencyStatus, EvidenceEntry } from '@/types/user';
export function createCompetencyRecord(
export function addEvidence(
export function checkUpgrade(record: CompetencyRecord): CompetencyRecord {
export function checkDecay(record: CompetencyRecord): CompetencyRecord {
export function getCompetencyLevel(status: CompetencyStatus): number {
