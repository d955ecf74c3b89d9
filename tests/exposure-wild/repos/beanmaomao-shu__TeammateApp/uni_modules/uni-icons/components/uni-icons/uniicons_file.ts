export type IconsData = {
export type IconsDataItem = {
export const fontData = [
// export const fontData = JSON.parse<IconsDataItem>(fontDataJson)
