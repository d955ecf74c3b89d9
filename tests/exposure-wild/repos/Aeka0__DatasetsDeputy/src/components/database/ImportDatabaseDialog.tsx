import { open } from "@tauri-apps/plugin-dialog";
import { Database, FileArchive, FolderOpen, X } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { formatAppError } from "../../lib/errors";
import { useDatasetStore } from "../../stores/datasetStore";
import type { DatabaseImportRequest, DatabaseImportResult } from "../../types";
import { AnimatedPortal } from "../ui/AnimatedPortal";
export function ImportDatabaseDialog() {
