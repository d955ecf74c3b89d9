export const TauriStorage = {
export const TauriChat = {
export const TauriTrip = {
export const TauriExport = {
    if (import.meta.env.DEV) console.log("Generating PDF for trip:", tripId)
export const TauriSystem = {
export const mockTauriCommands = {
