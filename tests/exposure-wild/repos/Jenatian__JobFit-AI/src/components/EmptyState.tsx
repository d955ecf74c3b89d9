import { Sparkles, ArrowRight, Wand2 } from "lucide-react";
export function EmptyState() {
