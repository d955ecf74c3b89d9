import { DiagnosisResult, EnvData, Treatment } from "@/types";
import { callTaichuVLApi } from "./client";
export async function analyzePlantDisease(
