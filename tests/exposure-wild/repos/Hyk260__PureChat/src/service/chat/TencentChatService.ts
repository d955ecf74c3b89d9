import type { ChatSDK } from "@/types/tencent-cloud-chat"
import type TencentCloudChatModule from "@/types/tencent-cloud-chat"
export class TencentChatService {
    const { VITE_IM_SDK_APPID: appId, VITE_LOG_LEVEL: logLevel = "1" } = import.meta.env
      import(/* @vite-ignore */ "@tencentcloud/lite-chat") as unknown as Promise<{
