// Website: https://bigmodel.cn
// Docs: https://docs.bigmodel.cn
export const useProviderIFlow = () => {
    const { parse } = await import('partial-json')
