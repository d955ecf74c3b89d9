"use client";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { portfolioConfig } from "@/data/config";
import {
} from "lucide-react";
import { useEffect, useRef } from "react";
export function StartMenu({ isOpen, onClose, onItemClick }: StartMenuProps) {
