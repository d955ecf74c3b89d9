import { useVirtualizer } from "@tanstack/react-virtual";
import { CircleAlert, Files, ImageIcon } from "lucide-react";
import type { MouseEvent as ReactMouseEvent } from "react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { resolveAssetSrc } from "../../lib/tauri";
import { cn } from "../../lib/cn";
import { highlightSearch } from "../../lib/SearchHighlight";
import { getImageSelectionClickUpdate } from "../../lib/imageSelection";
import { getLatestVisibleTableCellState } from "../../lib/tableCellState";
import { useDatasetStore } from "../../stores/datasetStore";
import type { DatasetImage } from "../../types";
export function DatasetGrid({
