export * from "./features"
export * from "./lucideExtra"
export * from "./svgIcon"
