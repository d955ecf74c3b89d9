export const fontData = [
// export const fontData = JSON.parse<IconsDataItem>(fontDataJson)
