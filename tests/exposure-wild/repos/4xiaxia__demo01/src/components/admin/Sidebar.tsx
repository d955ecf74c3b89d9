import { NavLink } from "react-router-dom";
import { cn } from "@/lib/utils";
import { LayoutDashboard, Database, Settings, MessageSquare, Activity, Zap } from "lucide-react";
import { useState } from "react";
export function Sidebar({ merchantId }: SidebarProps) {
