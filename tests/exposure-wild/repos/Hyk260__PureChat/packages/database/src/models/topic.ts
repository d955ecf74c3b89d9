import { idGenerator } from "@pure/utils"
import { BaseModel } from "../core/model"
import { DBModel } from "../types/db"
import { MessageModel } from "../models/message"
import { DB_Topic, DB_TopicSchema } from "../schemas/topic"
import type { ChatTopic } from "@pure/types"
export interface CreateTopicParams {
export interface QueryTopicParams {
export const TopicModel = new _TopicModel()
