import {
} from "lucide-react";
import type { CSSProperties, MouseEvent, PointerEvent as ReactPointerEvent } from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { cn } from "../../lib/cn";
import { formatAppError } from "../../lib/errors";
import { formatDialogMenuLabel } from "../../lib/menuLabels";
import { useDatasetStore } from "../../stores/datasetStore";
import type { DatasetProject, DatasetSourceKind } from "../../types";
import { AnimatedPortal } from "../ui/AnimatedPortal";
import { HierarchyDisclosureButton } from "../ui/HierarchyDisclosureButton";
export function ProjectTree() {
          className="project-tree-import-button flex h-8 w-full items-center justify-center gap-2 rounded-md border border-white/70 bg-white/54 px-3 text-[13px] font-medium text-black transition hover:bg-white/72 disabled:cursor-not-allowed disabled:opacity-50"
