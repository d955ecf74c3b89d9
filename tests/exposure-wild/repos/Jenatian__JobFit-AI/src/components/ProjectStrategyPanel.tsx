import {
} from "lucide-react";
import type { ProjectStrategy } from "@/lib/types";
export function ProjectStrategyPanel({ strategy }: Props) {
