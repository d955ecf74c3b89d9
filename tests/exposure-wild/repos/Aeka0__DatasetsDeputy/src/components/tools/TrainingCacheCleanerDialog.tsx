import { open } from "@tauri-apps/plugin-dialog";
import {
} from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAppError } from "../../lib/errors";
import { formatBytes } from "../../lib/format";
import { invokeCommand } from "../../lib/tauri";
import { AnimatedPortal, useAnimatedPortalClose } from "../ui/AnimatedPortal";
export function TrainingCacheCleanerDialog({ onClose }: TrainingCacheCleanerDialogProps) {
