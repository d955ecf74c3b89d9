import { ChevronsLeft, ChevronsRight } from "lucide-react";
import type { MouseEvent as ReactMouseEvent } from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { useTranslation } from "react-i18next";
import { AnnotationLogView } from "./components/content/AnnotationLogView";
import { ImagePreviewView } from "./components/content/ImagePreviewView";
import { DatasetWorkspace } from "./components/content/DatasetWorkspace";
import { ImportPreviewView } from "./components/content/ImportPreviewView";
import { ImportProgressView } from "./components/content/ImportProgressView";
import { ImportReportView } from "./components/content/ImportReportView";
import { ImportWizardView } from "./components/content/ImportWizardView";
import { WelcomeView } from "./components/content/WelcomeView";
import { ExportDatabaseDialog } from "./components/database/ExportDatabaseDialog";
import { ImportDatabaseDialog } from "./components/database/ImportDatabaseDialog";
import { ExportDialog } from "./components/export/ExportDialog";
import { ProjectTree } from "./components/sidebar/ProjectTree";
import { TitleMenuBar } from "./components/window/TitleMenuBar";
import { WindowControls } from "./components/window/WindowControls";
import { AnimatedPortal } from "./components/ui/AnimatedPortal";
import { useDatasetStore } from "./stores/datasetStore";
import { cn } from "./lib/cn";
import { hasTauriRuntime, invokeCommand } from "./lib/tauri";
import { setWindowRenderMode, type WindowRenderingSettings } from "./lib/theme";
import { formatAppError } from "./lib/errors";
import { installOverlayScrollbars } from "./lib/overlayScrollbars";
import {
} from "./lib/tableDrafts";
export default function App() {
    ? "import-progress"
    ? "import-report"
    ? "import-preview"
    ? "import-wizard"
