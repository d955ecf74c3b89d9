import { HDCVector } from './hdc'
import { KStarConfig } from './hdc'
export type SceneStatus = 'draft' | 'active' | 'paused' | 'archived'
export type SceneAccessType = 'public' | 'invite_only' | 'private'
export interface SceneTemplate {
export interface SceneConfig {
export interface Scene {
export interface SceneAgentRegistration {
export interface SceneStatistics {
export interface FormulationResult {
export interface ResonanceActivationData {
export interface OfferReceivedData {
export interface CenterToolCallData {
export interface PlanReadyData {
export interface SubNegotiationStartedData {
export interface ExecutionProgressData {
export interface EchoReceivedData {
export interface FormulationReadyEvent {
export interface ResonanceActivatedEvent {
export interface OfferReceivedEvent {
export interface BarrierCompleteEvent {
export interface CenterToolCallEvent {
export interface PlanReadyEvent {
export interface SubNegotiationStartedEvent {
export interface ExecutionProgressEvent {
export interface EchoReceivedEvent {
export type ProtocolEvent =
export interface EventSubscription {
export type UserActionType = 'accept' | 'modify' | 'reject' | 'request_revision'
export interface UserAction {
