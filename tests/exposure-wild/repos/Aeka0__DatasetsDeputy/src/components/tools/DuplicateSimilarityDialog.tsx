import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { open } from "@tauri-apps/plugin-dialog";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
} from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAppError } from "../../lib/errors";
import { formatBytes } from "../../lib/format";
import { invokeCommand, resolveAssetSrc } from "../../lib/tauri";
import { AnimatedPortal, useAnimatedPortalClose } from "../ui/AnimatedPortal";
import { Slider } from "../ui/Slider";
export function DuplicateSimilarityDialog({ onClose }: DuplicateSimilarityDialogProps) {
