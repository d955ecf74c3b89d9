import ContextMenu from "./ContextMenu.vue"

export default ContextMenu
