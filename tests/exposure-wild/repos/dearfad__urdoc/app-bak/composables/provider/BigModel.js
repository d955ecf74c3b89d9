// Website: https://bigmodel.cn
// Docs: https://docs.bigmodel.cn
export const useProviderBigModel = () => {
  const FREE_API_KEY_NAME = 'ZHIPU_API_KEY'
  const API_BASE = 'https://open.bigmodel.cn/api/paas/v4'
    const { parse } = await import('partial-json')
