import { customDataWebSearch, DB_Message } from "@pure/database/schemas"
import { FilesModel } from "@pure/database/models"
import { convertBlobUrlToDataUrl, safeParseJSON } from "@pure/utils"
import type { FewShots } from "@pure/types"
import type { CustomPayloadType, FilePayloadType, ImagePayloadType } from "@pure/database/schemas"
export const transformFileElement = async (data: DB_Message) => {
export async function transformContent(messages: DB_Message[]): Promise<FewShots> {
