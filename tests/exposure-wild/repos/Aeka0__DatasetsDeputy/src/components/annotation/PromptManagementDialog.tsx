import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
} from "../../lib/annotationPrompt";
import { formatAppError } from "../../lib/errors";
import { hasTauriRuntime, invokeCommand } from "../../lib/tauri";
import { AnimatedPortal, useAnimatedPortalClose } from "../ui/AnimatedPortal";
import { Button } from "../ui/Button";
import { Switch } from "../ui/Switch";
export function PromptManagementDialog({ onClose }: PromptManagementDialogProps) {
