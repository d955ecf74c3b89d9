export const useProviderOllama = () => {
    const { parse } = await import('partial-json')
