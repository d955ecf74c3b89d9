import { useToolResultStore, generateResultKey } from './toolResultStore'
import { llmResourceService } from './llmResourceService'
import type { DayPlan, Activity } from '@/types'
export interface WeatherData {
export interface PlaceDetails {
export interface TransportInfo {
export interface AttractionData {
export interface EnhancedItinerary {
export interface EnhancedDayPlan extends DayPlan {
export interface EnhancedActivity extends Activity {
export class ItineraryEnhancer {
        if (import.meta.env.DEV) console.log('[ItineraryEnhancer] 使用 LLM 生成天气数据')
        if (import.meta.env.DEV) console.warn('[ItineraryEnhancer] LLM 未配置，使用模拟天气数据')
        if (import.meta.env.DEV) console.log('[ItineraryEnhancer] 使用 LLM 生成景点数据')
        if (import.meta.env.DEV) console.warn('[ItineraryEnhancer] LLM 未配置，使用模拟景点数据')
        if (import.meta.env.DEV) console.warn('[ItineraryEnhancer] LLM transport generation failed, using fallback:', error)
export function enhanceItinerary(
export function useEnhancedItinerary(
