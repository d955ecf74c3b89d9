"use client";
import { useState, useEffect } from "react";
import { motion, AnimatePresence } from "framer-motion";
import { Sparkles, Book, CheckCircle } from "lucide-react";
export interface QuestionGenerationLoadingProps {
export function QuestionGenerationLoading({
