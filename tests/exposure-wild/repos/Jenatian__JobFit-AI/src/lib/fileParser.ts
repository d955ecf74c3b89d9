import * as pdfjsLib from "pdfjs-dist";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import mammoth from "mammoth/mammoth.browser";
export interface ParsedFileInfo {
export type ParseProgress = (msg: string, pct: number) => void;
export async function parseFile(
