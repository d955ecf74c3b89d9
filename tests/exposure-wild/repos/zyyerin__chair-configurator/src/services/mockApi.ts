export async function mockGenerateTableDesign(prompt: string, chatHistory: Array<{role: 'user' | 'assistant'; content: string}> = []): Promise<string> {
