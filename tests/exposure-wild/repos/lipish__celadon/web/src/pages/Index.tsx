import { useState, useEffect } from "react";
import { useNavigate, useLocation, Link } from "react-router-dom";
import { IdeaInput } from "@/components/IdeaInput";
import { apiStart, apiProjects, apiJoinWaitingList, type ProjectItem } from "@/lib/api";
import { PipelineStages } from "@/components/PipelineStages";
import { useLocale } from "@/contexts/LocaleContext";
import { useAuth } from "@/contexts/AuthContext";
import { cn } from "@/lib/utils";
import {
} from "lucide-react";
import {
} from "@/components/ui/dropdown-menu";
export default function Index() {
