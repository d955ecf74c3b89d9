export interface KnowledgeConflict {
export async function structureKnowledgeWithAI(rawText: string): Promise<StructuredKnowledge> {
  const apiKey = process.env.SILICONFLOW_API_KEY || "";
export async function detectKnowledgeConflicts(
  const apiKey = process.env.SILICONFLOW_API_KEY || "";
