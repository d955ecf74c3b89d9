export const useProviderModelScope = () => {
  const FREE_API_KEY_NAME = 'ZHIPU_API_KEY'
    const { parse } = await import('partial-json')
