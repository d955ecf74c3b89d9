import { API_CONFIG } from "./auth";
export interface ApiMessage {
export interface ApiRequestBody {
export interface ApiResponse {
export interface DashScopeRequestBody {
export interface DashScopeResponse {
export async function callQwenApi(
export async function callQwenDashScopeApi(
export async function extractTextWithOcr(
