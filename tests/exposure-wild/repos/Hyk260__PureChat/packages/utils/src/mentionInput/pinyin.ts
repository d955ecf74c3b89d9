    pinyinProModule = await import("pinyin-pro")
export async function matchPinyin(text: string, searchStr: string): Promise<string[]> {
