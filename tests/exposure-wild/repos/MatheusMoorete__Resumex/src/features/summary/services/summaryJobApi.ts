import { buildAuthHeaders } from '../../auth/services/authClient';
export type VisualQuestion = {
export async function prepareSummaryJob({
export async function finalizeSummaryJob({
