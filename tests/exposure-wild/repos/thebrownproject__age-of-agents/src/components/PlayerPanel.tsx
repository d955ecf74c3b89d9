"use client";
import { PlayerState } from "@/lib/engine/state";
import { TOWN_CENTER_HP, AGE_NAMES, AGE_ADVANCE_COSTS } from "@/lib/config";
  if (modelId === "glm-4.5-flash") return "GLM-4.5 Flash";
  if (modelId === "glm-4.5") return "GLM-4.5";
  if (modelId === "glm-4.7") return "GLM-4.7";
export function PlayerPanel({ player, model, persona }: PlayerPanelProps) {
