export interface NoteEntry {
export const notesKnowledgeBase: Record<string, NoteEntry> = {
- **GLM-4-Flash**：智谱 AI 大语言模型
1. **glmService.ts**：封装 GLM API 调用
- **GLM 限制**：96,000 字（~64,000 tokens）
export const notesByCategory: Record<string, string[]> = {
export const keywordToNoteId: Record<string, string> = {
