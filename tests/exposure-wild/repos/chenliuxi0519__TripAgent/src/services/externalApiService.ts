export interface WeatherData {
export interface Place {
export interface Hotel {
export interface DateRange {
          if (import.meta.env.DEV) console.warn(
      this.openWeatherApiKey = (import.meta.env as any)?.VITE_OPENWEATHER_API_KEY
      this.googlePlacesApiKey = (import.meta.env as any)?.VITE_GOOGLE_PLACES_API_KEY
      this.bookingApiKey = (import.meta.env as any)?.VITE_BOOKING_API_KEY
      if (import.meta.env.PROD || import.meta.env.VITE_USE_PROXY === "true") {
      if (import.meta.env.PROD || import.meta.env.VITE_USE_PROXY === "true") {
    if (!this.googlePlacesApiKey && !import.meta.env.PROD && import.meta.env.VITE_USE_PROXY !== "true") {
export const externalApiService = new ExternalApiService()
export { ExternalApiService, InMemoryCache, RateLimiter }
