// resolved through tsconfig paths (@/*)
export const model = 'glm-4.6'
export const fallbackKey = '__ZAI_KEY_3__'
