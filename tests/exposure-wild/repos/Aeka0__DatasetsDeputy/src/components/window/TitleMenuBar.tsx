import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { Check, ChevronRight } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import {
} from "../../lib/annotations";
import {
} from "../../lib/annotationPrompt";
import {
} from "../../lib/annotationXmlBatch";
import {
} from "../../lib/annotationFormatConversion";
import {
} from "../../lib/annotationNormalization";
import { cn } from "../../lib/cn";
import { formatAppError } from "../../lib/errors";
import {
} from "../../lib/historyLabels";
import { formatDialogMenuLabel } from "../../lib/menuLabels";
import { findProject, formatProjectPath, getProjectDisplayName } from "../../lib/projects";
import { getUnsavedTableDraftState } from "../../lib/tableDrafts";
import { hasTauriRuntime, invokeCommand, openExternalUrl } from "../../lib/tauri";
import { useDatasetStore, type ViewFilterMode } from "../../stores/datasetStore";
import type { AnnotationChange, DatasetImage, DatasetProject } from "../../types";
import {
} from "../annotation/AnnotationExecutionDialog";
import {
} from "../annotation/BatchAnnotationFormatConversionDialog";
import { BatchAnnotationNormalizationDialog } from "../annotation/BatchAnnotationNormalizationDialog";
import { PromptManagementDialog } from "../annotation/PromptManagementDialog";
import { Wd14TaggerSettingsDialog } from "../annotation/Wd14TaggerSettingsDialog";
import { SettingsDialog } from "../settings/SettingsDialog";
import { DuplicateSimilarityDialog } from "../tools/DuplicateSimilarityDialog";
import { FormatValidatorDialog } from "../tools/FormatValidatorDialog";
import { TrainingCacheCleanerDialog } from "../tools/TrainingCacheCleanerDialog";
import { AnimatedPortal } from "../ui/AnimatedPortal";
import { DialogTitleWithDataset } from "../ui/DialogTitleWithDataset";
import { Switch } from "../ui/Switch";
  | "zhipu";
  if (mode === "zhipu") return t("annotationRun.modeZhipu");
  if (mode === "zhipu") return "generate_zhipu_annotation";
  if (backend === "zhipu") return "generate_zhipu_text";
    backend === "zhipu"
  if (backend === "zhipu") return "get_zhipu_settings";
export function TitleMenuBar({
