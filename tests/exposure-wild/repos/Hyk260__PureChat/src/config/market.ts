export const marketJson = {
