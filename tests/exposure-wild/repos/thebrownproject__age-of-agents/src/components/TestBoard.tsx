"use client";
import { useMemo } from "react";
import { GameState, newGame } from "@/lib/engine/state";
import { TileMap } from "@/components/TileMap";
import { PlayerPanel } from "@/components/PlayerPanel";
export function TestBoard() {
