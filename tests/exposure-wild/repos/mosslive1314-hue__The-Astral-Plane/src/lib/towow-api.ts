const TOWOW_API_URL = process.env.NEXT_PUBLIC_TOWOW_API_URL || 'http://localhost:8000'
import { HDCVector, KStarConfig, ResonanceResult } from '@/types/hdc'
import { hdEncoder } from './hdc/encoder'
import { resonanceEngine } from './hdc/resonance'
export type { KStarConfig }
export { resonanceEngine }
export interface UserInfo {
export interface RequirementFormulation {
export interface AgentOffer {
export interface NegotiationSession {
export interface VectorEncodingResponse {
export interface ResonatingAgent {
export interface MatchedAgent {
export interface OAuth2AuthUrlResponse {
export interface OAuth2UserInfoResponse {
export interface MigrateResponse {
export class TowowAPI {
export async function broadcastRequirement(
export async function startRealNegotiation(
export async function pollNegotiationStatus(
export async function registerAgentVector(
