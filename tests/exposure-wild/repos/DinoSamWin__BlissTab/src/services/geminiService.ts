import { LOCALIZED_FALLBACKS } from "../constants";
import { PerspectiveHistory, PerspectiveRouterContext, PerspectivePlan, PerspectivePoolItem, EmotionType, TrackType } from "../types";
import { isTooSimilar } from "./perspectiveService";
import { routePerspective } from "./perspectiveRouter";
import { getSkeleton, getCustomThemeSkeleton } from "./perspectiveSkeletons";
import { loadPerspectiveRules, loadPerspectiveRulesData } from "./perspectiveRulesLoader";
import { runCompanionPipeline } from "./perspectiveEngine";
export function clearAllPerspectivePools() {
export async function generateSnippet(
  const deepseekKey = (import.meta.env as any)?.VITE_DEEPSEEK_API_KEY || process.env.DEEPSEEK_API_KEY;
  const siliconKey = (import.meta.env as any)?.VITE_SILICONFLOW_API_KEY || process.env.SILICONFLOW_API_KEY;
  let apiBase = process.env.DEEPSEEK_API_BASE || (import.meta.env as any)?.VITE_DEEPSEEK_API_BASE || 'https://api.deepseek.com';
  let model = process.env.DEEPSEEK_MODEL || (import.meta.env as any)?.VITE_DEEPSEEK_MODEL || 'deepseek-chat';
    apiBase = process.env.SILICONFLOW_API_BASE || (import.meta.env as any)?.VITE_SILICONFLOW_API_BASE || 'https://api.siliconflow.cn/v1';
    const envModel = process.env.SILICONFLOW_MODEL || (import.meta.env as any)?.VITE_SILICONFLOW_MODEL;
export function getRandomFallback(language: string, plan?: PerspectivePlan): string {
