import { useEffect, useMemo, useState } from "react";
import { Edit3, Trash2 } from "lucide-react";
import NutritionCard from "../components/NutritionCard";
import QuickIntakeForm from "../components/QuickIntakeForm";
import type { Food, IntakeRecord } from "../types";
import { formatTime } from "../utils/date";
import { sumFoods } from "../utils/nutrition";
import { createId } from "../utils/storage";
export default function StatsPage({
