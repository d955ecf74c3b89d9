export const useProviderLongCat = () => {
    const { parse } = await import('partial-json')
