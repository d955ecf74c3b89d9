"use client";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { portfolioConfig } from "@/data/config";
export function LockScreen({ onLogin }: LockScreenProps) {
