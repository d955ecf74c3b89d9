export const useProviderTencent = () => {
    const { parse } = await import('partial-json')
