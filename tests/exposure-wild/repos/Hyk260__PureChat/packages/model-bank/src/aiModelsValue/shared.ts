import type { ChatModelCard } from "@pure/types"
export interface ModelValueField {
export function createModel(options: { collapse: string[]; options: ModelValueField["options"] }): ModelValueField {
export function createOpenaiUrl(options: {
export function createToken(
export function createCheckPoint(defaultValue: string): ModelValueField {
export function createTemperature(overrides?: SliderOverrides): ModelValueField {
export function createTopP(overrides?: SliderOverrides): ModelValueField {
export function createPresencePenalty(overrides?: SliderOverrides): ModelValueField {
export function createFrequencyPenalty(overrides?: SliderOverrides): ModelValueField {
export function createHistoryMessageCount(overrides?: SliderOverrides): ModelValueField {
export function createMaxTokens(overrides?: SliderOverrides): ModelValueField {
