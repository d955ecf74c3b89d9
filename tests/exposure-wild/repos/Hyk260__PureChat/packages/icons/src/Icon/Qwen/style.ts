export const TITLE = "Qwen"
export const COMBINE_TEXT_MULTIPLE = 0.7
export const COMBINE_SPACE_MULTIPLE = 0.2
export const COLOR_PRIMARY = "#615ced"
export const COLOR_GRADIENT = "linear-gradient(to right, #6336E7,  #6F69F7)"

// Avatar constants
export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.75
