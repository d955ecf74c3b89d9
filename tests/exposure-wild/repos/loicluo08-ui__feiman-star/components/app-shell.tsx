"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { getTasks, subscribeTasks } from "@/lib/background-task";
export function AppShell({ children }: { children: React.ReactNode }) {
