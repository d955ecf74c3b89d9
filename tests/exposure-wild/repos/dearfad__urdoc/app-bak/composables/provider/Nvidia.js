// Website: https://bigmodel.cn
// Docs: https://docs.bigmodel.cn
export const useProviderNvidia = () => {
    const { parse } = await import('partial-json')
