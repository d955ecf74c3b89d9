import { useEffect, useState } from "react";
import ThemeToggle from "./components/ThemeToggle";
import PageB from "./pages/PageB";
import ReceiptOcrPage from "./pages/ReceiptOcrPage";
import { readTheme, type ThemeMode, writeTheme } from "./lib/storage";
export default function App() {
