export const usePromptStore = defineStore('prompt', () => {
