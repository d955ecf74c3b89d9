export const TITLE = "Meta"
export const COMBINE_TEXT_MULTIPLE = 0.75
export const COMBINE_SPACE_MULTIPLE = 0.2
export const COLOR_PRIMARY = "#1d65c1"
export const COLOR_GRADIENT = "linear-gradient(45deg, #007FF8, #0668E1, #007FF8)"

export const AVATAR_BACKGROUND = COLOR_GRADIENT
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.75
