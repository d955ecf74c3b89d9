"use client";
import { useState, useEffect, useMemo, useRef, useCallback } from "react";
import { useRouter } from "next/navigation";
import {
} from "lucide-react";
import Button from "@/components/ui/Button";
import Card from "@/components/ui/Card";
import ThemeToggle from "@/components/ui/ThemeToggle";
import LearningCalendar from "@/components/calendar/LearningCalendar";
import toast from "react-hot-toast";
import styles from "./page.module.css";
export default function NotesPage() {
