"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { motion } from "framer-motion";
import { User, Camera, AlertCircle, GraduationCap } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { Input } from "@/components/ui/Input";
import { Card } from "@/components/ui/Card";
import { useGameStore, GradeLevel } from "@/stores/gameStore";
import { generateId } from "@/lib/utils";
export default function CreateChildPage() {
