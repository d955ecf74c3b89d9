export const TITLE = "Ollama"
export const COMBINE_TEXT_MULTIPLE = 0.6
export const COMBINE_SPACE_MULTIPLE = 0.1
export const COLOR_PRIMARY = "#fff"

export const AVATAR_BACKGROUND = COLOR_PRIMARY
export const AVATAR_COLOR = "#000"
export const AVATAR_ICON_MULTIPLE = 0.75
