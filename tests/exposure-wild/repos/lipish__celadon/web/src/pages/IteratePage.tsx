import { useState, useRef, useEffect } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import {
} from "lucide-react";
import { cn } from "@/lib/utils";
import { useLocale } from "@/contexts/LocaleContext";
import { apiAppendIdea } from "@/lib/api";
      { type: "hunk", content: "@@ -42,8 +42,34 @@ export function BillingTable({ data }: Props) {" },
      { type: "remove", content: "  // TODO: add export", lineOld: 46 },
      { type: "add", content: "    exportToCSV(filtered, 'billing-export.csv');", lineNew: 51 },
      { type: "hunk", content: "@@ -98,6 +112,18 @@ export function BillingTable({ data }: Props) {" },
      { type: "hunk", content: "@@ -15,3 +15,22 @@ export async function GET(req: Request) {" },
    path: "lib/export.ts",
      { type: "add", content: "export function exportToCSV(data: Record<string, unknown>[], filename: string) {", lineNew: 1 },
export default function IteratePage() {
