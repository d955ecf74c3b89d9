export const TITLE = "01.AI"
export const COMBINE_TEXT_MULTIPLE = 0.8
export const COMBINE_SPACE_MULTIPLE = 0.3
export const COLOR_PRIMARY = "#003425"

export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.6
