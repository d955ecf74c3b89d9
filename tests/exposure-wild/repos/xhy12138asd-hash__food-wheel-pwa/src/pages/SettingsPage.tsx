import { Download, Upload } from "lucide-react";
import { useRef, useState } from "react";
import type { AppData, Settings } from "../types";
import { normalizeData } from "../utils/storage";
export default function SettingsPage({ data, settings, onUpdateSettings, onImportData }: SettingsPageProps) {
