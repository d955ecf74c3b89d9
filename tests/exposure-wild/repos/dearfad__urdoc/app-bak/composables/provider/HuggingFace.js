export const useProviderHuggingFace = () => {
    const { parse } = await import('partial-json')
