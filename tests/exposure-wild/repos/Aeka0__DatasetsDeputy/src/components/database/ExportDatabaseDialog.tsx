import { save } from "@tauri-apps/plugin-dialog";
import { Check, ChevronDown, Database, FileArchive, FolderOpen, X } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { formatAppError } from "../../lib/errors";
import { formatBytes } from "../../lib/format";
import { findProjectTrail, getProjectDisplayName } from "../../lib/projects";
import { useDatasetStore } from "../../stores/datasetStore";
import type { DatabaseExportRequest, DatasetProject } from "../../types";
import { AnimatedPortal } from "../ui/AnimatedPortal";
export function ExportDatabaseDialog() {
