import { PencilLine } from "lucide-react";
import { useMemo, useState } from "react";
import NutritionCard from "../components/NutritionCard";
import ProgressCard from "../components/ProgressCard";
import QuickIntakeForm from "../components/QuickIntakeForm";
import SpinWheel from "../components/SpinWheel";
import type { Food, IntakeRecord, Settings } from "../types";
import { createId } from "../utils/storage";
import { sumFoods } from "../utils/nutrition";
export default function WheelPage({ foods, records, settings, dateKey, isNetworkTimeSynced, onAddRecord }: WheelPageProps) {
