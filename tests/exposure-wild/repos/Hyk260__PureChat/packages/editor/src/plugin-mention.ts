import { DomEditor, type IDomEditor } from "@wangeditor/editor"
import { h } from "snabbdom"
import type { MentionConfig, MentionElement, MentionInfo } from "./types"
export default mentionModule
