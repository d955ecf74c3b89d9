"use client";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ScrollArea } from "@/components/ui/scroll-area";
import { blogs } from "@/data/blogs";
import { ArrowLeft, ArrowRight, ChevronDown, Home, RefreshCw, Search, X } from "lucide-react";
import { useState } from "react";
export function InternetExplorer() {
