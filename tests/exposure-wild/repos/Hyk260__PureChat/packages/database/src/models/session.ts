import { BaseModel } from "../core/model"
import { MessageModel } from "../models/message"
import { TopicModel } from "../models/topic"
import { type DB_Session, DB_SessionSchema } from "../schemas/session"
import type { DBModel } from "../types/db"
export interface QuerySessionParams {
export const SessionModel = new _SessionModel()
