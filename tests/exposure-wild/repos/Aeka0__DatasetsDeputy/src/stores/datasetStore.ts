import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { create } from "zustand";
import i18next from "../i18n";
import { formatAppError } from "../lib/errors";
import { historyLabel, translateHistoryLabel } from "../lib/historyLabels";
import { flattenProjects } from "../lib/projects";
import type { TableCellState } from "../lib/tableCellState";
import { hasTauriRuntime, invokeCommand } from "../lib/tauri";
import type { TableDraftMap } from "../lib/tableDrafts";
import type {
} from "../types";
export type ViewFilterMode = "all" | "unannotated" | "unsaved";
export interface AppLogEntry {
export const useDatasetStore = create<DatasetState>((set, get) => ({
      name: "export.presetSd",
      name: "export.presetJsonl",
    unlistenImportProgress = await listen<ImportProgress>("import-progress", async (event) => {
    unlistenExportProgress = await listen<ExportProgress>("export-progress", async (event) => {
      "database-export-progress",
                currentPath: i18next.t("import.cancelling")
