import { defineComponent, h } from "vue"
import CodeBlock from "../CodeBlockNode"
import Table from "../TableNode"
export const MarkdownNodeRender = defineComponent({
export default MarkdownNodeRender
