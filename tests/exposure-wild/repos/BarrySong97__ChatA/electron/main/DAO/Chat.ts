import { CHAT_SERVICE } from "../../../src/constant";
import { Prisma, PrismaClient } from "@prisma/client";
import { DefaultArgs } from "@prisma/client/runtime/library";
import { BrowserWindow, ipcMain } from "electron";
import { ZHIPUAPI } from "../../LLMAPI/ZHIPU";
import { GeneralMessageSend } from "../../../src/api/models/Chat";
import { KIMI } from "../../LLMAPI/KIMI";
export class ChatService {
    ZHIPUAPI.stop = true;
        case "zhipu":
          responseText = await ZHIPUAPI.getCompletions({
        case "zhipu":
