import { DomEditor, type IDomEditor } from "@wangeditor/editor"
import { h } from "snabbdom"
import { getFileIcon, encodeHTML, getFileType } from "@pure/utils"
import type { AttachmentElement, FilePluginOptions } from "./types"
export const setFilePluginOptions = (options: FilePluginOptions): void => {
export default fileModule
