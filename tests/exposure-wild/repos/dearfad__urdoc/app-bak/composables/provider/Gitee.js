export const useProviderGitee = () => {
    const { parse } = await import('partial-json')
