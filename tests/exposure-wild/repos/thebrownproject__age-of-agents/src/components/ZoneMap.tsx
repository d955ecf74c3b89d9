"use client";
import { GameState } from "@/lib/engine/state";
import { Zone } from "@/lib/config";
export function ZoneMap({ gs }: ZoneMapProps) {
