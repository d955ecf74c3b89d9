import { ArrowLeft, Check, CircleAlert, Copy, FileText, LoaderCircle, Plus, Save } from "lucide-react";
import type { KeyboardEvent as ReactKeyboardEvent, SyntheticEvent } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { formatAppError } from "../../lib/errors";
import { formatBytes } from "../../lib/format";
import { resolveAssetSrc } from "../../lib/tauri";
import { getTableDraftProfileMaps } from "../../lib/tableDrafts";
import { useDatasetStore } from "../../stores/datasetStore";
import type { AnnotationProfile } from "../../types";
export function ImagePreviewView() {
