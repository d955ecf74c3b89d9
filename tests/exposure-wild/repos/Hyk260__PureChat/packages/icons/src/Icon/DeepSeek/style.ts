export const TITLE = "DeepSeek"
export const COMBINE_TEXT_MULTIPLE = 0.65
export const COMBINE_SPACE_MULTIPLE = 0.2
export const COLOR_PRIMARY = "#4D6BFE"

export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.75
