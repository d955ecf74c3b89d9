import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { QuestionSeed, GeneratedQuestion } from "@/lib/questionGenerator";
import * as dataSync from "@/lib/dataSync";
import { apiFetch } from "@/lib/api";
export type GradeLevel = {
export interface Child {
export interface QuestionUsage {
export interface TaskState {
export interface StreakState {
export interface TowerProgress {
export interface TowerRanking {
export const useGameStore = create<GameStore>()(
