import { useState, useRef, useCallback } from "react";
import {
} from "lucide-react";
import { parseFile, type ParsedFileInfo } from "@/lib/fileParser";
export function FileUpload({
