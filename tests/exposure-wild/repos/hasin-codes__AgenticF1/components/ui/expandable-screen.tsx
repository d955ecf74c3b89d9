"use client"
import {
} from "react"
import { X } from "lucide-react"
import { AnimatePresence, motion } from "motion/react"
export function ExpandableScreen({
export function ExpandableScreenTrigger({
export function ExpandableScreenContent({
export function ExpandableScreenBackground({
export { useExpandableScreen }
