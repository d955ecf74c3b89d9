export const TITLE = "Claude"
export const COMBINE_TEXT_MULTIPLE = 0.8
export const COMBINE_SPACE_MULTIPLE = 0.1
export const COLOR_PRIMARY = "#D97757"

// Avatar constants
export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.75
