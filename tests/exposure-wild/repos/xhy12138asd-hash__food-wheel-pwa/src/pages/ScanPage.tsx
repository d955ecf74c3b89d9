import { Camera, Sparkles } from "lucide-react";
import { useState } from "react";
import NutritionCard from "../components/NutritionCard";
import type { Food, IntakeRecord } from "../types";
import { createId } from "../utils/storage";
import { fileToDataUrl, getZhipuApiKey, recognizeFoodFromImage } from "../utils/zhipu";
export default function ScanPage({ dateKey, onAddRecord }: ScanPageProps) {
