import { useState, useEffect, useRef } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import {
} from "lucide-react";
import { cn } from "@/lib/utils";
import { apiDevRun, apiDevStream, apiDevFiles, apiDevFileContent } from "@/lib/api";
import { useLocale } from "@/contexts/LocaleContext";
export default function DevPage() {
