export interface GenusEdibilityInfo {
export function getGenusEdibility(genus: string): GenusEdibilityInfo | undefined {
