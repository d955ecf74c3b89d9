import { useState, useEffect, useRef } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import {
} from "lucide-react";
import { cn } from "@/lib/utils";
import { apiDeploy } from "@/lib/api";
import { useLocale } from "@/contexts/LocaleContext";
        <span className="text-[11px] font-mono text-stage-clarify">{env.key}</span>
        {env.secret ? (
          <span className="text-[10px] font-mono text-muted-foreground/50 truncate max-w-[120px]">{env.value}</span>
export default function DeployPage() {
                    <EnvRow key={env.key} env={env} />
