import type { DB_Message } from "@pure/database/schemas"

export type MessageItem = DB_Message
