export const useProviderInternAi = () => {
    const { parse } = await import('partial-json')
