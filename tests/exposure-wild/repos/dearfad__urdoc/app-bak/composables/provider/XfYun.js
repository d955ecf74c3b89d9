export const useProviderXfYun = () => {
    const { parse } = await import('partial-json')
