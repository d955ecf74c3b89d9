export interface PricingFactors {
export interface PriceHistory {
export function calculateBasePrice(
export function updatePrice(
export function calculateScarcity(
export function calculateDemand(
export function simulatePriceChange(
export function generatePriceHistory(
