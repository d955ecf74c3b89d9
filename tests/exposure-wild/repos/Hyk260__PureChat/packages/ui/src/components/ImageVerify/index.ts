import ImageVerify from "./index.vue"

export default ImageVerify
