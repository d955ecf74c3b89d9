export type SearchMode = "off" | "auto" | "on"
