import HighlightNode from "./HighlightNode.vue"

export default HighlightNode
