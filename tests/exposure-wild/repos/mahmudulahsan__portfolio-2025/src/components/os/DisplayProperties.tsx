"use client";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { cn } from "@/lib/utils";
import { useState } from "react";
export function DisplayProperties({ onClose, onContact, theme, setTheme, wallpaper, setWallpaper }: DisplayPropertiesProps) {
