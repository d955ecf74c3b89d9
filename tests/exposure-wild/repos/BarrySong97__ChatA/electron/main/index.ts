import { app, BrowserWindow, ipcMain, shell } from "electron";
import { release } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { update } from "./update";
import { MAIN_SEND_RENDER_KEYS } from "../../src/constant";
import { AppManager } from "./AppManager";
import pkg from "@prisma/client";
import { ChatService } from "./DAO/Chat";
import fs from "node:fs";
import path from "node:path";
import { fork } from "node:child_process";
globalThis.__filename = fileURLToPath(import.meta.url);
process.env.DIST_ELECTRON = join(__dirname, "../");
process.env.DIST = join(process.env.DIST_ELECTRON, "../dist");
process.env.VITE_PUBLIC = process.env.VITE_DEV_SERVER_URL
  ? join(process.env.DIST_ELECTRON, "../public")
  : process.env.DIST;
const url = process.env.VITE_DEV_SERVER_URL;
const indexHtml = join(process.env.DIST, "index.html");
export const platformToExecutables: any = {
export const mePath = path.join(
export const qePath = path.join(
export async function runPrismaCommand({
    icon: join(process.env.VITE_PUBLIC, "favicon.ico"),
