export const useProviderOpenRouter = () => {
    const { parse } = await import('partial-json')
