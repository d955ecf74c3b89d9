export const TITLE = "Minimax"
export const COMBINE_TEXT_MULTIPLE = 0.45
export const COMBINE_SPACE_MULTIPLE = 0.15
export const COLOR_PRIMARY = "#F23F5D"
export const COLOR_GRADIENT = "linear-gradient(to right, #E2167E,  #FE603C)"

// Avatar constants
export const AVATAR_BACKGROUND = COLOR_GRADIENT
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.75
