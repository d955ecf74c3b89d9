import { BaseModel } from "../core/model"
import { DB_MessageSchema } from "../schemas/message"
import type { DB_Message } from "../schemas/message"
import type { DBModel } from "../types/db"
export interface QueryMessageParams {
export const MessageModel = new _MessageModel()
