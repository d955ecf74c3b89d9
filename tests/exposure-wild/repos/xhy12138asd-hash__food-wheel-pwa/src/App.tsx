import { useEffect, useMemo, useState } from "react";
import BottomNav from "./components/BottomNav";
import FoodPage from "./pages/FoodPage";
import ScanPage from "./pages/ScanPage";
import SettingsPage from "./pages/SettingsPage";
import StatsPage from "./pages/StatsPage";
import WheelPage from "./pages/WheelPage";
import type { AppData, Food, IntakeRecord, PageKey, Settings } from "./types";
import { useNetworkTodayKey } from "./utils/networkTime";
import { loadData, saveData } from "./utils/storage";
export default function App() {
