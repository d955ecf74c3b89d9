import {
} from "../../config/api-config";
export interface TTSResult {
export interface ApiCallResult<T> {
export async function callDashScopeTTS(
export function isDashScopeTTSAvailable(): boolean {
