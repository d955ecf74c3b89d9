export const TITLE = "Anthropic"
export const COMBINE_TEXT_MULTIPLE = 0.75
export const COMBINE_SPACE_MULTIPLE = 0.1
export const COLOR_PRIMARY = "#F1F0E8"

// Avatar constants
export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#141413"
export const AVATAR_ICON_MULTIPLE = 0.75
