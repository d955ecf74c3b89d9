import { buildAuthHeaders } from '../../auth/services/authClient';
import { assessCorpusComplexity } from '../../ai/services/aiOrchestrator';
export function setQuizServerAiCaller(caller) {
export function cleanQuizText(value) {
export function classifyQuizFiles(files) {
export function verifyQuestionEvidence(question, files) {
export async function buildQuizFromCorpus({
