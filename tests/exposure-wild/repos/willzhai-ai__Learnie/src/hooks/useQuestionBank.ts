import { useCallback, useEffect, useState } from "react";
import { useGameStore } from "@/stores/gameStore";
import { getQuestionsFromSeed, isSeedExpired, getDefaultSeed, type GeneratedQuestion } from "@/lib/questionGenerator";
export function useQuestionBank(options?: {
