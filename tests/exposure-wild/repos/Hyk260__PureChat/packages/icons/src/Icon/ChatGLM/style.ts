export const TITLE = "ChatGLM"
export const COMBINE_TEXT_MULTIPLE = 0.75
export const COMBINE_SPACE_MULTIPLE = 0.1
export const COLOR_PRIMARY = "#4268FA"
export const COLOR_GRADIENT = "linear-gradient(-45deg, #3485FF,  #504AF4)"

export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#fff"
export const AVATAR_ICON_MULTIPLE = 0.75
