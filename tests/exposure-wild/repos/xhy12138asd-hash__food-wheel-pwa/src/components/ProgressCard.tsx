import type { Nutrition, Settings } from "../types";
import { clampPercent, roundNutrition } from "../utils/nutrition";
export default function ProgressCard({ totals, settings }: ProgressCardProps) {
