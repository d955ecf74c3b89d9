"use client";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { ScrollArea } from "@/components/ui/scroll-area";
import { projects as staticProjects, Project } from "@/data/projects";
import { projectService } from "@/data/services/projectService";
import { ChevronDown } from "lucide-react";
import { useState, useEffect } from "react";
export function ProjectsViewer() {
