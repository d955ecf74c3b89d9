import { markRaw, type Component } from "vue"
import type { MessageType } from "@pure/database/schemas"
// import { createAsyncMessageComponent } from "./message-component-factory"
import type { MessageItem } from "../types/message"
import type { DefineComponent } from "vue"
import CustomElemItem from "../ElemItemTypes/CustomElemItem.vue"
import FileElemItem from "../ElemItemTypes/FileElemItem.vue"
import GroupSystemNoticeElem from "../ElemItemTypes/GroupSystemNoticeElem.vue"
import GroupTipElement from "../ElemItemTypes/GroupTipElement.vue"
import ImageElemItem from "../ElemItemTypes/ImageElemItem.vue"
import RelayElemItem from "../ElemItemTypes/RelayElemItem.vue"
import TextElemItem from "../ElemItemTypes/TextElemItem.vue"
import TipsElemItem from "../ElemItemTypes/TipsElemItem.vue"
export type MessageComponent = Component | DefineComponent | (() => Promise<any>)
export class MessageComponentManager {
    if (import.meta.env.DEV) {
      // TIMTextElem: createAsyncMessageComponent(() => import("../ElemItemTypes/TextElemItem.vue")),
      // TIMRelayElem: createAsyncMessageComponent(() => import("../ElemItemTypes/RelayElemItem.vue")),
      // TIMImageElem: createAsyncMessageComponent(() => import("../ElemItemTypes/ImageElemItem.vue")),
      // TIMFileElem: createAsyncMessageComponent(() => import("../ElemItemTypes/FileElemItem.vue")),
      // TIMCustomElem: createAsyncMessageComponent(() => import("../ElemItemTypes/CustomElemItem.vue")),
      // TIMGroupTipElem: createAsyncMessageComponent(() => import("../ElemItemTypes/GroupTipElement.vue")),
      // TIMGroupSystemNoticeElem: createAsyncMessageComponent(() => import("../ElemItemTypes/GroupSystemNoticeElem.vue")),
export const messageComponentManager = new MessageComponentManager()
