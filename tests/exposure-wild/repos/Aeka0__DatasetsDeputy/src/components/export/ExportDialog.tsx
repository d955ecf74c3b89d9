import { open } from "@tauri-apps/plugin-dialog";
import { Check, ChevronDown, FolderOpen, X } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { formatAppError } from "../../lib/errors";
import { formatBytes } from "../../lib/format";
import { findProject, findProjectTrail, getProjectDisplayName } from "../../lib/projects";
import { useDatasetStore } from "../../stores/datasetStore";
import type { DatasetProject, ExportDatasetRequest } from "../../types";
import { AnimatedPortal } from "../ui/AnimatedPortal";
export function ExportDialog() {
        title: t("export.selectFolder")
              {t("export.title")}
                t("export.noDataset"),
                {t("export.outputPath")}
                  {outputDir || t("export.chooseOutputPath")}
                {t("export.profile")}
                      ? t("export.folderProfile")
                <span>{t("export.finalOutputPath")}</span>
                <span>{t("export.estimatedSize")}</span>
                <span>{t("export.imageCount")}</span>
                <span>{t("export.annotationCount")}</span>
                    ? t("export.progressDone")
                    : t("export.progressExporting")}
                {t("export.progressCount", {
              {isExporting ? t("export.exporting") : t("export.start")}
