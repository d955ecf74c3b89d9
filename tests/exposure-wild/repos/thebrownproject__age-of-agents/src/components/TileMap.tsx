"use client";
import { useRef, useEffect, useState, useCallback } from "react";
import { GameState } from "@/lib/engine/state";
import { Zone, ZONES } from "@/lib/config";
import {
} from "@/lib/sprites";
export function TileMap({ gs }: TileMapProps) {
