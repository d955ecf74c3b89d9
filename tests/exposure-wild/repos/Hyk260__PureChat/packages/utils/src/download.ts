export const download = (url: string, filename?: string) => {
