import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAppError } from "../../lib/errors";
import { hasTauriRuntime, invokeCommand } from "../../lib/tauri";
import { AnimatedPortal, useAnimatedPortalClose } from "../ui/AnimatedPortal";
import { Button } from "../ui/Button";
import { Slider } from "../ui/Slider";
import { Switch } from "../ui/Switch";
export function Wd14TaggerSettingsDialog({ onClose }: Wd14TaggerSettingsDialogProps) {
