"use client";
import { motion, AnimatePresence } from "framer-motion";
import { Mic, MicOff, Loader2, AlertCircle, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { cn } from "@/lib/utils";
export interface RecordingButtonProps {
export function RecordingButton({
export interface TranscriptDisplayProps {
export function TranscriptDisplay({ transcript, isRecording }: TranscriptDisplayProps) {
export interface ResultDisplayProps {
export function ResultDisplay({
