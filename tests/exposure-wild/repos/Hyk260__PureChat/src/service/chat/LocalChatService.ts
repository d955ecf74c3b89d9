import { providersList } from "model-bank"
import { MessageModel, SessionModel, FilesModel } from "@pure/database/models"
import {
} from "@pure/const"
import { useTopicStore } from "@/stores/modules/topic"
import { localStg } from "@/utils/storage"
import { delay, uuid, idGenerator, getUnixTimestampSec, getUnixTimestampSecPlusOne } from "@pure/utils"
import emitter from "@/utils/mitt-bus"
import type { DB_Message, DB_Session, MessageType, payloadSchemaType, FilePayloadType } from "@pure/database/schemas"
import type {
} from "@/types/tencent-cloud-chat"
export class LocalChat {
export class LocalChatService {
