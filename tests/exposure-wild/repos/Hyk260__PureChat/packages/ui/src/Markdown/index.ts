import Markdown from "./index.vue"

export default Markdown
