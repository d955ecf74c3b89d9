import {
} from "lucide-react";
import type { MouseEvent as ReactMouseEvent } from "react";
import { useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { cn } from "../../lib/cn";
import { formatAppError } from "../../lib/errors";
import { formatBytes } from "../../lib/format";
import { formatDialogMenuLabel } from "../../lib/menuLabels";
import { findProjectTrail, flattenProjects, getProjectDisplayName } from "../../lib/projects";
import { hasTauriRuntime, invokeCommand } from "../../lib/tauri";
import { useDatasetStore, type ViewFilterMode } from "../../stores/datasetStore";
import type {
} from "../../types";
import { DatasetGrid } from "../grid/DatasetGrid";
import { DatasetTable } from "../table/DatasetTable";
import { AnimatedPortal, useAnimatedPortalClose } from "../ui/AnimatedPortal";
export function DatasetWorkspace() {
