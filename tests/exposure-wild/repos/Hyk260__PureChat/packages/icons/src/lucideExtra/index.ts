export { default as GlobeOffIcon } from "./GlobeOffIcon"
// export { default as TiktokIcon } from "./Tiktok"
