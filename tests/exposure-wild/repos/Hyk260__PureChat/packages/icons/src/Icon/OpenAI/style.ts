export const TITLE = "OpenAI"
export const COMBINE_TEXT_MULTIPLE = 0.75
export const COMBINE_SPACE_MULTIPLE = 0.1
export const COLOR_PRIMARY = "#000"

export const COLOR_GPT_3 = "#19C37D"
export const COLOR_GPT_4 = "#AB68FF"
export const COLOR_GPT_5 = "#F86AA4"
export const COLOR_O_1 = "#F9C322"
export const COLOR_OSS = "#0099FF"
export const COLOR_PLATFORM = "#0000FE"

// Avatar constants
export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.75
