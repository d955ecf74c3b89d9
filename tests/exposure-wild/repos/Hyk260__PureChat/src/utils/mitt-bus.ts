import { debounce } from "lodash-es"
import mitt, { type Emitter } from "mitt"

import type { GroupMemberType as GroupMember } from "@pure/database/schemas"

export type FilteringType = "all" | "success" | "empty" | "updata"

export type ToolbarKey = "setEmoji" | "setPicture" | "setParseFile" | "setEditHtml"

export interface ToolbarData {
  emoji?: { url: string; item: string }
  files?: File
  html?: string
}

export interface ToolbarAction {
  data: ToolbarData
  key: ToolbarKey
}

export interface Events {
  [key: string | symbol]: unknown
  handleImageViewer: string
  SidebarEditDialog: boolean
  handleAt: { id: string; name: string }
  handleSetHtml: string
  handleInputKeyupHandler: any
  setMentionModal: { content?: GroupMember[]; type: FilteringType; searchlength?: number }
  handleInsertDraft: { sessionId: string }
  handleGroupDrawer: boolean
  handleShareModal: boolean
  fileUploading: { uuid: string; num: number }
  handleToBottom: boolean
  updateScroll: string | undefined
  handleFileDrop: File
  handleToolbar: ToolbarAction
  handleScreenCapture: string
  setPopoverStatus: { status: boolean; seat: { pageX: number; pageY: number }; cardData: unknown }
}

const emitter: Emitter<Events> = mitt<Events>()

export const emitUpdateScroll = debounce((type?: string) => {
  try {
    emitter.emit("updateScroll", type)
  } catch {
    /* ignore */
  }
}, 5)

export const emitUpdateScrollImmediate = (type?: string) => {
  try {
    emitUpdateScroll.cancel?.()
  } catch {
    /* ignore */
  }
  try {
    emitter.emit("updateScroll", type)
  } catch {
    /* ignore */
  }
}

export default emitter
