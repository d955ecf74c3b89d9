import { useWindowFocus } from "@vueuse/core"
import { ElNotification } from "element-plus"
import { cloneDeep } from "lodash-es"
import chat from "@/service/chat/PureChatService"
import { setMessageRead } from "@/service/im-sdk-api"
import { useChatStore, useGroupStore, useUserStore } from "@/stores"
import { scrollToDomPosition } from "@/utils/chat"
import { emitUpdateScrollImmediate } from "@/utils/mitt-bus"
import { C2CModelIDList } from "model-bank"
import { getConversationList, kickedOutReason } from "./utils"
import { GROUP_TIP_OPERATION_TYPE } from "@pure/database/schemas"
import type {
} from "@pure/database/schemas"
import type { Profile } from "@/types/tencent-cloud-chat"
export class TIMProxy {
    const icon = avatar || `${import.meta.env.VITE_CLOUD_BASE_URL}log.png`
export const timProxy = new TIMProxy()
