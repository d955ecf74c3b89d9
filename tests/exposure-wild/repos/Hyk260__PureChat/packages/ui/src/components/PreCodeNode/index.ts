import PreCodeNode from "./PreCodeNode.vue"

export default PreCodeNode
