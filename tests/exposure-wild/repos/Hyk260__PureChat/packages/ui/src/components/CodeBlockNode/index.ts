import CodeBlockNode from "./CodeBlockNode.vue"

export default CodeBlockNode
