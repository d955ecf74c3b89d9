"use client";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { ScrollArea } from "@/components/ui/scroll-area";
import { skillGroups as staticSkills } from "@/data/skills";
import { skillService } from "@/data/services/skillService";
import { Cpu, Database, Layout, Terminal, Wrench } from "lucide-react";
import { useEffect, useState } from "react";
export function SkillsViewer() {
