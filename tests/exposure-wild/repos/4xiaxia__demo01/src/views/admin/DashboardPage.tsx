import { useState, useEffect } from "react";
import { Link } from "react-router-dom";
import { Settings, BookOpen, Activity, Zap, Store } from "lucide-react";
import { configManager } from "@/core/config-manager";
import { useMerchantId } from "@/hooks/useMerchantId";
export default function DashboardPage() {
