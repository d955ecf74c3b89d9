import { useState, useEffect, useRef } from "react";
import { useNavigate } from "react-router-dom";
import { apiGetAdminSettings, apiUpdateAdminSetting, apiGetProviders, apiGetProvidersInfo, type SystemSetting, type ProviderInfo } from "@/lib/api";
import { useLocale } from "@/contexts/LocaleContext";
import { useAuth } from "@/contexts/AuthContext";
import {
} from "@/components/ui/alert-dialog";
import {
} from "lucide-react";
import {
} from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
export default function AdminSettingsPage() {
        ensureRole("EXECUTOR", "zhipu", "glm-5");
            await handleUpdate("ZENE_EXECUTOR_PROVIDER", "zhipu");
            await handleUpdate("ZENE_EXECUTOR_MODEL", "glm-5");
