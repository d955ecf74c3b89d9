import { clientS3Storage } from "@pure/utils"
import { BaseModel } from "../core/model"
import { type DB_File, DB_FileSchema } from "../schemas/files"
export const FilesModel = new _FilesModel()
