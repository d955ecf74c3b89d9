"use client";
import { ChevronDown } from "lucide-react";
import { AnimatePresence, motion } from "motion/react";
import { useEffect, useRef, useState } from "react";
export type DropdownItem = {
export type BasicDropdownProps = {
export default function BasicDropdown({
