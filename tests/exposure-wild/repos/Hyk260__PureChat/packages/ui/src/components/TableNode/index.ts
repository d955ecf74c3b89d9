import TableNode from "./TableNode.vue"

export default TableNode
