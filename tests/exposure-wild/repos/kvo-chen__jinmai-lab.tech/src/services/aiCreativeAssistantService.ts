export interface CreativeSuggestion {
export interface CreativeDirection {
export default aiCreativeAssistantService;
