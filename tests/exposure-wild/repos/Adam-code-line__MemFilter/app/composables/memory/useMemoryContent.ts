export const useMemoryContent = async () => {
export type MemoryStatsSource = typeof defaultStats
export type MemorySectionsSource = typeof defaultSections
export type MemoryDetailPanel = typeof defaultDetailPanel
