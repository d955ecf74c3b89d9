import { useVirtualizer } from "@tanstack/react-virtual";
import { Check, ChevronDown, CircleAlert, ImageIcon, LoaderCircle, Plus, Save } from "lucide-react";
import type {
} from "react";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { RichTextarea } from "rich-textarea";
import { useShallow } from "zustand/react/shallow";
import { getAnnotationForProfile, getAnnotationText, getInstructionText } from "../../lib/annotations";
import { cn } from "../../lib/cn";
import { highlightSearch } from "../../lib/SearchHighlight";
import { getImageSelectionClickUpdate } from "../../lib/imageSelection";
import { getLatestVisibleTableCellState } from "../../lib/tableCellState";
import { getUnsavedTableDraftState } from "../../lib/tableDrafts";
import { resolveAssetSrc } from "../../lib/tauri";
import { useDatasetStore } from "../../stores/datasetStore";
import type { AnnotationChange, AnnotationProfile, DatasetImage } from "../../types";
export function DatasetTable({
