import { KeyRound, AlertTriangle, CheckCircle2 } from "lucide-react";
export function KeywordGap({ keywords }: Props) {
