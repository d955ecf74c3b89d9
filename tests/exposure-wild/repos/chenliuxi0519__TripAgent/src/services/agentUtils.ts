import { externalApiService } from "./externalApiService"
import type { WeatherData, Place, Hotel } from "./externalApiService"
export type TripInfo = {
export type ExtractedTripInfo = TripInfo & {
  if (import.meta.env.DEV) console.log('[normalizeDestination] Normalized input:', normalizedInput)
      if (import.meta.env.DEV) console.log('[normalizeDestination] Matched:', key, '->', value)
      if (import.meta.env.DEV) console.log('[normalizeDestination] Matched Chinese destination:', dest)
  if (import.meta.env.DEV) console.log('[normalizeDestination] No match found for:', input)
export type ExistingContext = Partial<{
export function extractTripInfo(message: string, existingContext?: ExistingContext): TripInfo {
  if (import.meta.env.DEV) console.log('[extractTripInfo] Original message:', message)
  if (import.meta.env.DEV) console.log('[extractTripInfo] Cleaned message:', cleanedMessage)
  if (import.meta.env.DEV) console.log('[extractTripInfo] Existing context:', existingContext)
    if (import.meta.env.DEV) console.log('[extractTripInfo] Normalized destination from message:', destination)
    if (import.meta.env.DEV) console.log('[extractTripInfo] Using destination from existingContext:', destination)
    if (import.meta.env.DEV) console.log('[extractTripInfo] Using days from existingContext:', days)
  if (import.meta.env.DEV) console.log('[extractTripInfo] Final result:', { destination, days })
export async function extractTripInfoWithLLM(
    const { LLMService } = await import("./llmService")
export async function getWeatherWithLLM(
  const { LLMService } = await import("./llmService")
export function analyzeIntent(message: string): { label: string; agents: string[] } {
export async function getWeatherForecast(city?: string): Promise<{ condition: string; temp: string; source: string }> {
export function getCountry(destination: string): string {
export async function searchAttractions(destination: string): Promise<Place[]> {
    if (import.meta.env.DEV) console.warn("Failed to search attractions, using fallback:", error)
export async function searchRestaurants(destination: string): Promise<Place[]> {
    if (import.meta.env.DEV) console.warn("Failed to search restaurants, using fallback:", error)
export async function searchHotels(destination: string, startDate?: Date, endDate?: Date): Promise<Hotel[]> {
    if (import.meta.env.DEV) console.warn("Failed to search hotels, using fallback:", error)
export function formatWeatherData(weather: WeatherData): string {
export function formatPlaceData(place: Place): string {
