export const PRINCIPLE_STYLES = {
export const CHAPTER_GUIDES = {
export const SYSTEM_PROMPT = NARRATIVE_PROMPT; // Backwards compatibility if needed
