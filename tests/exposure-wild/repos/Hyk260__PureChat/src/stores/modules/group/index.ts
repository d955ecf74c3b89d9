import { defineStore } from "pinia"
import {
} from "@/service/im-sdk-api"
import { useChatStore, useUserStore } from "@/stores"
import { SetupStoreId } from "@/stores/enum"
import { findGroupChat } from "@/utils/chat"
import { sortMembersRole } from "@pure/utils"
import type {
} from "./type"
import type { GroupMemberType as GroupMember } from "@pure/database/schemas"
export const useGroupStore = defineStore(SetupStoreId.Group, {
