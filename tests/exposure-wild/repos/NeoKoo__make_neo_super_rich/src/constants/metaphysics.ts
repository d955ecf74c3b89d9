import { WuxingType } from '../types/fortune'
export const HANZI_STROKES: Record<string, number> = {
export const WUXING_RELATIONSHIPS: Record<WuxingType, {
export const WUXING_LUCKY_NUMBERS: Record<WuxingType, number[]> = {
export const WUXING_COLORS: Record<WuxingType, string> = {
export const ZODIAC_ELEMENTS: Record<string, '火' | '土' | '风' | '水'> = {
export const ZODIAC_LUCKY_NUMBERS: Record<string, number[]> = {
export const ZODIAC_DIRECTIONS: Record<string, string> = {
export const NUMEROLOGY_MEANINGS: Record<number, string> = {
export const LIFE_PATH_LUCKY_NUMBERS: Record<number, number[]> = {
export function getNameFortune(strokes: number): '大吉' | '吉' | '中吉' | '平' | '凶' {
export function calculateNameWuxing(name: string): WuxingType {
export function calculateNameStrokes(name: string): number {
export function calculateTodayWuxing(date: Date): WuxingType {
export function getWuxingRelationship(personal: WuxingType, today: WuxingType): '相生' | '相克' | '相同' {
