import {
} from "@tauri-apps/api/window";
import { Copy, Minus, Square, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { hasTauriRuntime } from "../../lib/tauri";
export function WindowControls({ onClose }: WindowControlsProps) {
