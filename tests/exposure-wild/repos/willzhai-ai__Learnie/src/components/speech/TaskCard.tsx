"use client";
import { motion } from "framer-motion";
import { Volume2, Lightbulb } from "lucide-react";
import { Card } from "@/components/ui/Card";
import { Badge } from "@/components/ui/Badge";
import { getDifficultyLabel, getDifficultyColor } from "@/lib/utils";
export interface TaskCardProps {
export function TaskCard({
