import { LLMService, type LLMMessage } from "./llmService"
export interface WeatherData {
export interface AttractionData {
export interface HotelData {
export interface RestaurantData {
    if (import.meta.env.DEV) console.warn("[LLMResourceService] JSON parse error, using fallback:", error)
export class LLMResourceService {
      if (import.meta.env.DEV) console.warn("[LLMResourceService] GLM not configured")
        if (import.meta.env.DEV) console.error(`[LLMResourceService] Weather generation attempt ${attempt + 1} failed:`, error)
      if (import.meta.env.DEV) console.warn("[LLMResourceService] GLM not configured")
      if (import.meta.env.DEV) console.error("[LLMResourceService] Attractions generation failed:", error)
      if (import.meta.env.DEV) console.warn("[LLMResourceService] GLM not configured")
      if (import.meta.env.DEV) console.error("[LLMResourceService] Hotels generation failed:", error)
      if (import.meta.env.DEV) console.warn("[LLMResourceService] GLM not configured")
      if (import.meta.env.DEV) console.error("[LLMResourceService] Restaurants generation failed:", error)
      if (import.meta.env.DEV) console.warn("[LLMResourceService] GLM not configured")
      if (import.meta.env.DEV) console.error("[LLMResourceService] Transport generation failed:", error)
export const llmResourceService = LLMResourceService
