"use client";
import { useState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { motion, AnimatePresence } from "framer-motion";
import { Lock } from "lucide-react";
import { useGameStore } from "@/stores/gameStore";
export default function ChildLoginPage() {
